import { randomUUID } from 'node:crypto';
import { demoOrganizationId } from '@pfp/identity';
import { draft, mexicoDraft, mutate, mutateRaw } from '@pfp/practices/testing';
import { useTestApi } from '../authorization/harness';
import { eventually, feedTexts } from '../discussion/discussion-api';

const CO_AUTHORS = `query($id: ID!) { practice(id: $id) { status title coAuthors { organizationId status organization { name } answeredAt } } }`;
const icmc = demoOrganizationId('icmc');
const iom = demoOrganizationId('iom');

type Read = {
  status: string;
  title: string;
  coAuthors: Array<{ organizationId: string; status: string; organization: { name: string } | null; answeredAt: string | null }>;
} | null;

/** Co-authorship (issue 14 point 4): Mexico invites partner organisations to co-author its practice; they accept or decline; the page credits them. */
describe('practice co-authors over HTTP GraphQL', () => {
  const t = useTestApi(['mx', 'hn', 'icmc', 'iom', 'gfmd-support-unit']);
  const read = async (id: string, token: string | null): Promise<Read> => (await t.api.gql<{ practice: Read }>(CO_AUTHORS, { id }, { token })).data!.practice;
  const events = (id: string) => t.api.count(`SELECT count(*) FROM es_events WHERE stream_name = '${id}'`);
  const newDraft = async (title: string) => (await draft(t.api, t.tokens.mx, { ...mexicoDraft, title })).practice.id as string;

  it('Mexico invites ICMC on a draft, ICMC reads it and accepts, and once published everyone sees ICMC as co-author', async () => {
    const id = await newDraft('Co-authored with civil society');
    await mutate(t.api, t.tokens.mx, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: icmc });
    // the invited organisation reads the draft (to decide) and its own invitation; another partner does not see the draft at all
    expect(await read(id, t.tokens.icmc)).toMatchObject({ status: 'DRAFT', coAuthors: [{ organizationId: icmc, status: 'INVITED', answeredAt: null }] });
    expect(await read(id, t.tokens.iom)).toBeNull();
    // ...and is told in its feed, though it follows nothing of Mexico's
    const feed = await eventually(
      () => feedTexts(t.api, t.tokens.icmc),
      (items) => items.some((i) => i.subjectId === id),
    );
    expect(feed.find((i) => i.subjectId === id)).toMatchObject({ type: 'PracticeCoAuthorInvited', text: expect.stringContaining('co-author') });

    const accepted = await mutate(t.api, t.tokens.icmc, 'acceptPracticeCoAuthorship', 'AcceptPracticeCoAuthorshipInput', { id });
    expect(accepted.practice.status).toBe('DRAFT');
    // a co-author reads, it does not edit: the owner state alone writes and submits
    const edit = await mutateRaw(t.api, t.tokens.icmc, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id, title: 'Rewritten by ICMC' });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRACTICE.NOT_OWNER' });
    const submit = await mutateRaw(t.api, t.tokens.icmc, 'submitPractice', 'SubmitPracticeInput', { id });
    expect(submit.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    await mutate(t.api, t.tokens.mx, 'submitPractice', 'SubmitPracticeInput', { id });
    await mutate(t.api, t.tokens['gfmd-support-unit'], 'publishPractice', 'PublishPracticeInput', { id });
    const coAuthor = { organizationId: icmc, status: 'ACCEPTED', organization: { name: 'International Catholic Migration Commission (ICMC)' } };
    for (const token of [null, t.tokens.hn, t.tokens.iom, t.tokens.mx]) expect((await read(id, token))!.coAuthors).toMatchObject([coAuthor]);
    // an accepted co-author is reached by "contact the owner" as the owner is
    const conversation = await t.api.gql(
      `mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } } }`,
      { input: { subjectId: id, withOrganizationId: icmc, body: 'Could ICMC tell us how the officers were trained?' } },
      { token: t.tokens.hn },
    );
    expect(conversation.errors).toBeUndefined();
  });

  it('shows invitations and declines to the owner and the Support Unit only; declining a draft leaves the decliner without it', async () => {
    const id = await newDraft('An invitation declined');
    await mutate(t.api, t.tokens.mx, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: icmc });
    await mutate(t.api, t.tokens.mx, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: iom });
    const declined = await mutateRaw(t.api, t.tokens.icmc, 'declinePracticeCoAuthorship', 'DeclinePracticeCoAuthorshipInput', { id });
    expect(declined.data).toEqual({ declinePracticeCoAuthorship: { revision: 3, practice: null } });
    expect(await read(id, t.tokens.icmc)).toBeNull();
    // IOM sees its own invitation, not ICMC's decline
    expect((await read(id, t.tokens.iom))!.coAuthors.map((c) => c.status)).toEqual(['INVITED']);
    for (const token of [t.tokens.mx, t.tokens['gfmd-support-unit']])
      expect((await read(id, token))!.coAuthors.map((c) => [c.organizationId, c.status])).toEqual([
        [icmc, 'DECLINED'],
        [iom, 'INVITED'],
      ]);
    // the owner withdraws IOM's invitation: IOM can no longer answer it, nor read the draft
    await mutate(t.api, t.tokens.mx, 'removePracticeCoAuthor', 'RemovePracticeCoAuthorInput', { id, organizationId: iom });
    const late = await mutateRaw(t.api, t.tokens.iom, 'acceptPracticeCoAuthorship', 'AcceptPracticeCoAuthorshipInput', { id });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRACTICE.NOT_INVITED' });
    expect(await read(id, t.tokens.iom)).toBeNull();
  });

  it.each([
    ['a state', () => demoOrganizationId('hn'), 'PRACTICE.CO_AUTHOR_KIND', /partner organisation/],
    ['the Support Unit', () => demoOrganizationId('gfmd-support-unit'), 'PRACTICE.CO_AUTHOR_KIND', /partner organisation/],
    ['an organisation that does not exist', () => `organization-${randomUUID()}`, 'PRACTICE.NO_SUCH_ORGANIZATION', /no such organization/],
  ])('refuses %s as co-author, naming the field, and writes nothing', async (_what, organizationId, reason, why) => {
    const id = await newDraft(`A refused co-author ${randomUUID().slice(0, 8)}`);
    const before = await events(id);
    const result = await mutateRaw(t.api, t.tokens.mx, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: organizationId() });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: { organizationId: expect.stringMatching(why) } });
    expect(await events(id)).toBe(before);
  });

  it('refuses an invitation by anyone but the owner, and a second invitation of the same organisation', async () => {
    const id = await newDraft('Invited once');
    const byPartner = await mutateRaw(t.api, t.tokens.icmc, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: icmc });
    expect(byPartner.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PRACTICE.NOT_OWNER' });
    await mutate(t.api, t.tokens.mx, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: icmc });
    const again = await mutateRaw(t.api, t.tokens.mx, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: icmc });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PRACTICE.ALREADY_CO_AUTHOR' });
  });
});
