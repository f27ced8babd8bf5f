import { useTestApi } from '../authorization/harness';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';

const WORKLIST = `query($statuses: [PracticeStatus!]) { practiceWorklist(statuses: $statuses) { totalCount edges { node { id status title changesRequested ownerOrganizationId } } } }`;
type Worklist = { practiceWorklist: { totalCount: number; edges: { node: { id: string; status: string; title: string; changesRequested: string | null } }[] } };

describe('practiceWorklist: what an organisation works on, and the Support Unit review queue', () => {
  const t = useTestApi(['mx', 'hn', 'gfmd-support-unit']);

  it("lists the organisation's drafts and sent-back practices with the reason, and fills the Support Unit's queue", async () => {
    const {
      api,
      tokens: { mx: mexico, hn: honduras, 'gfmd-support-unit': supportUnit },
    } = t;
    const kept = (await draft(api, mexico, { ...mexicoDraft, title: 'Draft kept for later' })).practice.id as string;
    const sent = (await draft(api, mexico, { ...mexicoDraft, title: 'Sent for review' })).practice.id as string;
    await mutate(api, mexico, 'submitPractice', 'SubmitPracticeInput', { id: sent, expectedRevision: 0 });

    const queue = (await api.gql<Worklist>(WORKLIST, {}, { token: supportUnit })).data!.practiceWorklist;
    expect(queue.edges.map((e) => e.node.id)).toContain(sent);
    expect(queue.edges.map((e) => e.node.id)).not.toContain(kept);
    expect(queue.edges.every((e) => e.node.status === 'IN_REVIEW')).toBe(true);

    await mutate(api, supportUnit, 'requestPracticeChanges', 'RequestPracticeChangesInput', { id: sent, expectedRevision: 1, reason: 'Add the results.' });
    const own = (await api.gql<Worklist>(WORKLIST, {}, { token: mexico })).data!.practiceWorklist;
    const byId = new Map(own.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(kept)).toMatchObject({ status: 'DRAFT', title: 'Draft kept for later' });
    expect(byId.get(sent)).toMatchObject({ status: 'CHANGES_REQUESTED', changesRequested: 'Add the results.' });
    const onlySentBack = (await api.gql<Worklist>(WORKLIST, { statuses: ['CHANGES_REQUESTED'] }, { token: mexico })).data!.practiceWorklist;
    expect(onlySentBack.edges.map((e) => e.node.id)).toEqual([sent]);

    // another state sees none of Mexico's unpublished work; a visitor is asked to sign in
    const other = (await api.gql<Worklist>(WORKLIST, {}, { token: honduras })).data!.practiceWorklist;
    expect(other.edges.map((e) => e.node.id)).not.toEqual(expect.arrayContaining([kept]));
    expect(other.edges.map((e) => e.node.id)).not.toContain(sent);
    const visitor = await api.gql(WORKLIST, {});
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.gql(WORKLIST, { statuses: ['NOT_A_STATUS'] }, { token: mexico });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
