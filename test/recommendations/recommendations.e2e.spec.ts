import { demoPracticeId } from '@pfp/practices';
import { draft, mexicoDraft, mutate } from '@pfp/practices/testing';
import { useTestApi } from '../authorization/harness';
import { discuss } from '../discussion/discussion-api';
import { launchProject, org, postCall } from '../partnerships/partnership-api';

/*
 * Recommendations (issue 15) over HTTP GraphQL on the 2011 demo data: Spain, which works on
 * diaspora engagement in Western Africa through a practice of its own, is recommended the
 * Netherlands' open diaspora handbook call "because you work on diaspora policy in Western
 * Africa"; never its own items, a hidden or archived practice, nor what a PARTNERS-only
 * project would tell of its partners.
 */

const REASON = 'reason { themes { id label(language: "fr") } countries regions { code name(language: "fr") } }';
const RECOMMENDATIONS = `query($first: Int) { recommendations(first: $first) {
  worksOn { themes { id } countries regions { code } }
  callsForAction { callForAction { id title } ${REASON} score }
  practices { practice { id title ownerOrganizationId } ${REASON} score }
  organizations { organization { id name } ${REASON} score } } }`;
const ON_PRACTICE = `query($id: ID!, $first: Int) { practice(id: $id) {
  similarPractices(first: $first) { practice { id title } ${REASON} score }
  organizationsThatCouldReplicate(first: $first) { organization { id name } ${REASON} score } } }`;

interface Reason {
  themes: Array<{ id: string; label: string }>;
  countries: string[];
  regions: Array<{ code: string; name: string }>;
}
interface Recommendations {
  worksOn: { themes: Array<{ id: string }>; countries: string[]; regions: Array<{ code: string }> };
  callsForAction: Array<{ callForAction: { id: string; title: string }; reason: Reason; score: number }>;
  practices: Array<{ practice: { id: string; title: string; ownerOrganizationId: string }; reason: Reason; score: number }>;
  organizations: Array<{ organization: { id: string; name: string }; reason: Reason; score: number }>;
}
interface OnPractice {
  similarPractices: Array<{ practice: { id: string; title: string }; reason: Reason; score: number }>;
  organizationsThatCouldReplicate: Array<{ organization: { id: string; name: string }; reason: Reason; score: number }>;
}

describe('recommendations over HTTP GraphQL (issue 15)', () => {
  const t = useTestApi(['es', 'de', 'nl', 'mx', 'hn', 'gfmd-support-unit']);
  const ids = { spainDiaspora: '', hidden: '', archived: '', call: '', privateProject: '' };
  const germanDiaspora = demoPracticeId('de-migrant-associations');

  const publish = async (token: string, input: Record<string, unknown>): Promise<string> => {
    const id = (await draft(t.api, token, { ...mexicoDraft, ...input })).practice.id as string;
    await mutate(t.api, token, 'submitPractice', 'SubmitPracticeInput', { id });
    await mutate(t.api, t.tokens['gfmd-support-unit'], 'publishPractice', 'PublishPracticeInput', { id });
    return id;
  };
  const recommendationsFor = async (token: string | null, first = 10) => {
    const result = await t.api.gql<{ recommendations: Recommendations }>(RECOMMENDATIONS, { first }, { token });
    if (!result.data?.recommendations) throw new Error(JSON.stringify(result.errors));
    return result.data.recommendations;
  };
  const onPractice = async (id: string, token: string | null = null, first = 10) => {
    const result = await t.api.gql<{ practice: OnPractice }>(ON_PRACTICE, { id, first }, { token });
    if (!result.data?.practice) throw new Error(JSON.stringify(result.errors));
    return result.data.practice;
  };

  beforeAll(async () => {
    const { es, de, nl, mx } = t.tokens;
    ids.spainDiaspora = await publish(es, {
      title: 'Diaspora investment in Senegal and Ghana',
      countries: ['SEN', 'GHA'],
      themes: ['diaspora', 'gcm-19'],
    });
    ids.hidden = await publish(de, { title: 'Diaspora councils in Senegal (hidden)', countries: ['SEN'], themes: ['diaspora', 'gcm-19'] });
    await discuss(
      t.api,
      t.tokens['gfmd-support-unit'],
      'hideContent',
      'ModerationReasonInput',
      { contentId: ids.hidden, reason: 'Not what the platform is for' },
      'revision',
    );
    ids.archived = await publish(de, { title: 'Diaspora bonds in Ghana (archived)', countries: ['GHA'], themes: ['diaspora', 'gcm-19'] });
    await mutate(t.api, de, 'archivePractice', 'ArchivePracticeInput', { id: ids.archived });
    ids.call = await postCall(t.api, nl, {
      title: 'Handbook on engaging diasporas: a second edition',
      description: 'Information from governments on how they engage their diasporas in Nigeria and the region.',
      kind: 'INFORMATION',
      themes: ['diaspora'],
      countries: ['NGA'],
    });
    // Mexico's only diaspora work, with Honduras as its partner: no one else may learn of it
    ids.privateProject = await launchProject(t.api, mx, {
      title: 'Confidential diaspora mapping in Senegal',
      startsOn: '2011-06-01',
      themes: ['diaspora'],
      countries: ['SEN'],
      visibility: 'PARTNERS',
      partners: [{ organizationId: org('hn'), role: 'PARTNER' }],
    });
  });

  it('refuses a visitor with UNAUTHENTICATED', async () => {
    const result = await t.api.gql(RECOMMENDATIONS, {}, { token: null });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('Spain, working on diaspora engagement in Western Africa, gets the diaspora handbook call with that reason, worded in the reader’s language', async () => {
    const spain = await recommendationsFor(t.tokens.es);
    expect(spain.worksOn.themes.map((x) => x.id)).toEqual(expect.arrayContaining(['diaspora', 'gcm-19', 'trafficking-and-smuggling', 'capacity-building']));
    expect(spain.worksOn.countries).toEqual(expect.arrayContaining(['ESP', 'SEN', 'GHA']));
    expect(spain.worksOn.regions.map((r) => r.code)).toContain('011');
    expect(spain.callsForAction).toEqual([
      {
        callForAction: { id: ids.call, title: 'Handbook on engaging diasporas: a second edition' },
        reason: { themes: [{ id: 'diaspora', label: expect.any(String) }], countries: [], regions: [{ code: '011', name: 'Afrique de l’Ouest' }] },
        score: 4,
      },
    ]);
    expect(spain.callsForAction[0].reason.themes[0].label).not.toBe('Diaspora policy');
  });

  it('recommends the practices and organisations of others on the same themes, ranked by overlap; never its own, a hidden or an archived practice', async () => {
    const spain = await recommendationsFor(t.tokens.es);
    const practiceIds = spain.practices.map((p) => p.practice.id);
    expect(practiceIds[0]).toBe(germanDiaspora);
    expect(spain.practices[0].reason.themes.map((x) => x.id)).toEqual(['diaspora']);
    expect(spain.practices[0].reason.regions.map((r) => r.code)).toEqual(['150']); // Germany and Spain: both in Europe
    expect(spain.practices.every((p) => p.practice.ownerOrganizationId !== org('es'))).toBe(true);
    expect(practiceIds).not.toContain(ids.spainDiaspora);
    expect(practiceIds).not.toContain(ids.hidden);
    expect(practiceIds).not.toContain(ids.archived);
    const scores = spain.practices.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const organizations = spain.organizations.map((o) => o.organization.id);
    expect(organizations).toEqual(expect.arrayContaining([org('de'), org('nl')]));
    expect(organizations).not.toContain(org('es'));
    expect(spain.organizations.find((o) => o.organization.id === org('nl'))!.reason).toMatchObject({ themes: [{ id: 'diaspora' }] });
  });

  it('a PARTNERS-only project is never shown to a non-partner: its lead and partner are not recommended for it; its partner’s own focus has it', async () => {
    const spain = await recommendationsFor(t.tokens.es);
    expect(spain.organizations.map((o) => o.organization.id)).not.toContain(org('hn'));
    // Mexico works on capacity building in public too: recommended for that, never for the project's diaspora theme
    expect(spain.organizations.find((o) => o.organization.id === org('mx'))?.reason.themes.map((x) => x.id)).toEqual(['capacity-building']);
    const replicators = await onPractice(germanDiaspora, t.tokens.es);
    expect(replicators.organizationsThatCouldReplicate.map((o) => o.organization.id)).not.toContain(org('hn'));
    expect(replicators.organizationsThatCouldReplicate.map((o) => o.organization.id)).not.toContain(org('mx'));
    expect(JSON.stringify(spain)).not.toContain('Confidential');

    const honduras = await recommendationsFor(t.tokens.hn);
    expect(honduras.worksOn.themes.map((x) => x.id)).toContain('diaspora');
    expect(honduras.callsForAction.map((c) => c.callForAction.id)).toContain(ids.call);
  });

  it('the Netherlands are not recommended their own call nor themselves; Mexico others’ practices, never its own', async () => {
    const netherlands = await recommendationsFor(t.tokens.nl);
    expect(netherlands.callsForAction.map((c) => c.callForAction.id)).not.toContain(ids.call);
    expect(netherlands.organizations.map((o) => o.organization.id)).not.toContain(org('nl'));
    const mexico = await recommendationsFor(t.tokens.mx);
    expect(mexico.practices.every((p) => p.practice.ownerOrganizationId !== org('mx'))).toBe(true);
    expect(mexico.practices.map((p) => p.practice.id)).toContain(demoPracticeId('jp-foreign-children-schooling'));
  });

  it('on a practice: similar practices (not itself, not hidden or archived) and organisations that could replicate it, until they say they are interested', async () => {
    const page = await onPractice(ids.spainDiaspora);
    const similar = page.similarPractices.map((p) => p.practice.id);
    expect(similar[0]).toBe(germanDiaspora);
    expect(page.similarPractices[0].reason.themes.map((x) => x.id)).toEqual(['diaspora']);
    expect(similar).not.toContain(ids.spainDiaspora);
    expect(similar).not.toContain(ids.hidden);
    expect(similar).not.toContain(ids.archived);

    const before = (await onPractice(germanDiaspora)).organizationsThatCouldReplicate;
    const spain = before.find((o) => o.organization.id === org('es'));
    expect(spain?.reason).toMatchObject({ themes: [{ id: 'diaspora' }], countries: expect.arrayContaining(['SEN', 'GHA']) });
    expect(spain?.reason.countries).not.toContain('DEU');
    expect(before.map((o) => o.organization.id)).not.toContain(org('de'));
    expect(before.map((o) => o.organization.id)).toContain(org('nl'));
    await mutate(t.api, t.tokens.nl, 'expressInterestInPractice', 'ExpressInterestInPracticeInput', { id: germanDiaspora });
    const after = (await onPractice(germanDiaspora)).organizationsThatCouldReplicate;
    expect(after.map((o) => o.organization.id)).not.toContain(org('nl'));
    expect(after.map((o) => o.organization.id)).toContain(org('es'));
  });

  it('asks for practices’ recommendations on at most 5 practices a request: a list of 6 is refused, naming the field', async () => {
    const list = (n: number) =>
      t.api.gql<{ practices: { edges: Array<{ node: { similarPractices: unknown[] } }> } }>(
        `query($n: Int) { practices(first: $n, orderBy: NEWEST) { edges { node { id similarPractices { practice { id } } } } } }`,
        { n },
      );
    expect((await list(5)).data!.practices.edges).toHaveLength(5);
    const refused = await list(6);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'RECOMMENDATIONS.TOO_MANY_PRACTICES',
      fields: { similarPractices: expect.any(String) },
    });
  });

  it('is bounded: first is 1 to 20, refused by field otherwise', async () => {
    expect((await recommendationsFor(t.tokens.es, 1)).practices).toHaveLength(1);
    const refused = await t.api.gql(RECOMMENDATIONS, { first: 21 }, { token: t.tokens.es });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { first: expect.any(String) } });
  });
});
