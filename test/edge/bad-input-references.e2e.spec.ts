import { randomUUID } from 'node:crypto';
import { demoOrganizationId } from '@pfp/identity';
import { demoPracticeId } from '@pfp/practices';
import { draft, mexicoDraft, mutate as mutatePractice } from '@pfp/practices/testing';
import { startTestApi, type TestApi } from '../authorization/harness';
import { launchProject, mutate, postCall } from '../partnerships/partnership-api';
import { demoTokens, expectRefused, type BadInputCase } from './corpus-format';

/*
 * The bad-input corpus for what inputs name: ids that name nothing or something of the wrong
 * kind (issue 11 item 10), themes and countries outside the taxonomy (11), a second STATE for
 * a country (14). Each is refused with its code naming the field, writes nothing, and the
 * server answers afterwards. Then what a visitor sees of a practice with a revision in review (16).
 */

const org = demoOrganizationId;
const unknownOrganization = (): string => `organization-${randomUUID()}`;

interface Fixtures {
  /** A STATE organisation, deactivated. */
  deactivatedState: string;
  /** A Mexico draft: exists, but nobody else can open it. */
  draftPractice: string;
  /** Mexico's project, Mexico its lead. */
  project: string;
  /** An open call of Switzerland's. */
  call: string;
  /** Mexico's practice, published, a revision of it in review. */
  revisedPractice: string;
}

const POST_CALL = `mutation($input: PostCallForActionInput!) { postCallForAction(input: $input) { callForAction { id } } }`;
const LAUNCH = `mutation($input: LaunchPartnershipProjectInput!) { launchPartnershipProject(input: $input) { partnershipProject { id } } }`;
const ADD_PARTNER = `mutation($input: AddProjectPartnerInput!) { addProjectPartner(input: $input) { partnershipProject { id } } }`;
const DRAFT = `mutation($input: DraftPracticeInput!) { draftPractice(input: $input) { practice { id } } }`;
const REVISE = `mutation($input: RevisePracticeInput!) { revisePractice(input: $input) { practice { id } } }`;
const INVITE_CO_AUTHOR = `mutation($input: InvitePracticeCoAuthorInput!) { invitePracticeCoAuthor(input: $input) { practice { id } } }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;

const call = (extra: Record<string, unknown>) => ({ input: { title: 'Training on protection', description: 'Five days.', kind: 'TRAINING', ...extra } });
const project = (extra: Record<string, unknown>) => ({ input: { title: 'A project', ...extra } });
const bad = (code: string, field: string) => ({ code, field });

const cases: BadInputCase<Fixtures>[] = [
  // item 10: co-posters are active STATE organisations other than the poster
  {
    name: 'postCallForAction: a co-poster that does not exist',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ coPosterIds: [org('ch'), unknownOrganization()] }),
    expect: bad('BAD_USER_INPUT', 'coPosterIds.1'),
  },
  {
    name: 'postCallForAction: a co-poster that is an international organisation',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ coPosterIds: [org('iom')] }),
    expect: bad('BAD_USER_INPUT', 'coPosterIds.0'),
  },
  {
    name: 'postCallForAction: a co-poster that is civil society',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ coPosterIds: [org('ch'), org('icmc')] }),
    expect: bad('BAD_USER_INPUT', 'coPosterIds.1'),
  },
  {
    name: 'postCallForAction: the Support Unit as co-poster',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ coPosterIds: [org('gfmd-support-unit')] }),
    expect: bad('BAD_USER_INPUT', 'coPosterIds.0'),
  },
  {
    name: 'postCallForAction: a deactivated state as co-poster',
    mutation: POST_CALL,
    actor: 'mx',
    variables: (f) => call({ coPosterIds: [f.deactivatedState] }),
    expect: bad('BAD_USER_INPUT', 'coPosterIds.0'),
  },
  {
    name: 'postCallForAction: the poster as its own co-poster',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ coPosterIds: [org('mx')] }),
    expect: bad('BAD_USER_INPUT', 'coPosterIds.0'),
  },
  {
    name: 'postCallForAction: a co-poster twice',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ coPosterIds: [org('ch'), org('ch')] }),
    expect: bad('BAD_USER_INPUT', 'coPosterIds.1'),
  },
  {
    name: 'postCallForAction: a co-poster id of another kind',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ coPosterIds: [`practice-${randomUUID()}`] }),
    expect: bad('BAD_USER_INPUT', 'coPosterIds'),
  },
  // item 10: a linked practice exists and everyone can open it
  {
    name: 'postCallForAction: a linked practice that does not exist',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ practiceId: `practice-${randomUUID()}` }),
    expect: bad('BAD_USER_INPUT', 'practiceId'),
  },
  {
    name: 'postCallForAction: a linked practice that is a draft',
    mutation: POST_CALL,
    actor: 'mx',
    variables: (f) => call({ practiceId: f.draftPractice }),
    expect: bad('BAD_USER_INPUT', 'practiceId'),
  },
  {
    name: 'postCallForAction: a linked practice id of another kind',
    mutation: POST_CALL,
    actor: 'mx',
    variables: (f) => call({ practiceId: f.call }),
    expect: bad('BAD_USER_INPUT', 'practiceId'),
  },
  // item 10: project partners are active organisations, not the Support Unit
  {
    name: 'launchPartnershipProject: a partner that does not exist',
    mutation: LAUNCH,
    actor: 'mx',
    variables: project({ partners: [{ organizationId: unknownOrganization(), role: 'PARTNER' }] }),
    expect: bad('BAD_USER_INPUT', 'partners.0.organizationId'),
  },
  {
    name: 'launchPartnershipProject: the Support Unit as partner',
    mutation: LAUNCH,
    actor: 'mx',
    variables: project({
      partners: [
        { organizationId: org('iom'), role: 'PARTNER' },
        { organizationId: org('gfmd-support-unit'), role: 'FUNDER' },
      ],
    }),
    expect: bad('BAD_USER_INPUT', 'partners.1.organizationId'),
  },
  {
    name: 'launchPartnershipProject: a deactivated partner',
    mutation: LAUNCH,
    actor: 'iom',
    variables: (f) => project({ partners: [{ organizationId: f.deactivatedState, role: 'IMPLEMENTER' }] }),
    expect: bad('BAD_USER_INPUT', 'partners.0.organizationId'),
  },
  {
    name: 'launchPartnershipProject: a partner id of another kind',
    mutation: LAUNCH,
    actor: 'mx',
    variables: (f) => project({ partners: [{ organizationId: f.project, role: 'PARTNER' }] }),
    expect: bad('BAD_USER_INPUT', 'partners.0.organizationId'),
  },
  {
    name: 'launchPartnershipProject from a call: a partner that does not exist',
    mutation: LAUNCH,
    actor: 'ch',
    variables: (f) => project({ fromCallId: f.call, partners: [{ organizationId: unknownOrganization(), role: 'PARTNER' }] }),
    expect: bad('BAD_USER_INPUT', 'partners.0.organizationId'),
  },
  {
    name: 'addProjectPartner: an organisation that does not exist',
    mutation: ADD_PARTNER,
    actor: 'mx',
    variables: (f) => ({ input: { projectId: f.project, organizationId: unknownOrganization(), role: 'PARTNER' } }),
    expect: bad('BAD_USER_INPUT', 'organizationId'),
  },
  {
    name: 'addProjectPartner: the Support Unit',
    mutation: ADD_PARTNER,
    actor: 'mx',
    variables: (f) => ({ input: { projectId: f.project, organizationId: org('gfmd-support-unit') } }),
    expect: bad('BAD_USER_INPUT', 'organizationId'),
  },
  {
    name: 'addProjectPartner: a deactivated organisation',
    mutation: ADD_PARTNER,
    actor: 'mx',
    variables: (f) => ({ input: { projectId: f.project, organizationId: f.deactivatedState } }),
    expect: bad('BAD_USER_INPUT', 'organizationId'),
  },
  {
    name: 'addProjectPartner: an id of another kind',
    mutation: ADD_PARTNER,
    actor: 'mx',
    variables: (f) => ({ input: { projectId: f.project, organizationId: f.call } }),
    expect: bad('BAD_USER_INPUT', 'organizationId'),
  },
  // issue 14 point 4: co-authors are active partner organisations
  ...(
    [
      ['an organisation that does not exist', () => unknownOrganization()],
      ['a state', () => org('hn')],
      ['the Support Unit', () => org('gfmd-support-unit')],
      ['a deactivated organisation', (f: Fixtures) => f.deactivatedState],
      ['an id of another kind', (f: Fixtures) => f.call],
    ] as Array<[string, (f: Fixtures) => string]>
  ).map(([what, organizationId]): BadInputCase<Fixtures> => ({
    name: `invitePracticeCoAuthor: ${what}`,
    mutation: INVITE_CO_AUTHOR,
    actor: 'mx',
    variables: (f) => ({ input: { id: f.draftPractice, organizationId: organizationId(f) } }),
    expect: bad('BAD_USER_INPUT', 'organizationId'),
  })),
  // item 10: implementing partners are active organisations
  {
    name: 'draftPractice: an implementing partner that does not exist',
    mutation: DRAFT,
    actor: 'mx',
    variables: { input: { ...mexicoDraft, implementingPartnerIds: [org('iom'), unknownOrganization()] } },
    expect: bad('BAD_USER_INPUT', 'implementingPartnerIds.1'),
  },
  {
    name: 'draftPractice: a deactivated implementing partner',
    mutation: DRAFT,
    actor: 'mx',
    variables: (f) => ({ input: { ...mexicoDraft, implementingPartnerIds: [f.deactivatedState] } }),
    expect: bad('BAD_USER_INPUT', 'implementingPartnerIds.0'),
  },
  {
    name: 'revisePractice: an implementing partner that does not exist',
    mutation: REVISE,
    actor: 'mx',
    variables: (f) => ({ input: { ...mexicoDraft, id: f.draftPractice, implementingPartnerIds: [unknownOrganization()] } }),
    expect: bad('BAD_USER_INPUT', 'implementingPartnerIds.0'),
  },
  // item 11: themes and countries from the taxonomy, on calls and projects as on practices
  {
    name: 'postCallForAction: a theme outside the taxonomy',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ themes: ['protection', 'no-such-theme'] }),
    expect: bad('BAD_USER_INPUT', 'themes'),
  },
  {
    name: 'postCallForAction: script as a theme',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ themes: ['<script>alert(1)</script>'] }),
    expect: bad('BAD_USER_INPUT', 'themes'),
  },
  {
    name: 'postCallForAction: a country that is no ISO code',
    mutation: POST_CALL,
    actor: 'mx',
    variables: call({ countries: ['MEX', 'XYZ'] }),
    expect: bad('BAD_USER_INPUT', 'countries'),
  },
  {
    name: 'launchPartnershipProject: a theme outside the taxonomy',
    mutation: LAUNCH,
    actor: 'iom',
    variables: project({ themes: ['gcm-99'] }),
    expect: bad('BAD_USER_INPUT', 'themes'),
  },
  {
    name: 'launchPartnershipProject from a call: a theme outside the taxonomy',
    mutation: LAUNCH,
    actor: 'ch',
    variables: (f) => project({ fromCallId: f.call, themes: ['Protection'] }),
    expect: bad('BAD_USER_INPUT', 'themes'),
  },
  {
    name: 'launchPartnershipProject: a country that is no ISO code',
    mutation: LAUNCH,
    actor: 'mx',
    variables: project({ countries: ['mex'] }),
    expect: bad('BAD_USER_INPUT', 'countries'),
  },
  {
    name: 'draftPractice: a theme outside the taxonomy',
    mutation: DRAFT,
    actor: 'mx',
    variables: { input: { ...mexicoDraft, themes: ['no-such-theme'] } },
    expect: bad('BAD_USER_INPUT', 'themes'),
  },
  // item 14: one STATE per country
  {
    name: 'createOrganization: a second STATE for a country',
    mutation: CREATE_ORG,
    actor: 'gfmd-support-unit',
    variables: { input: { kind: 'STATE', name: 'Estados Unidos Mexicanos', country: 'MEX' } },
    expect: bad('CONFLICT', 'country'),
  },
  {
    name: 'createOrganization: a second STATE for a country, in lower case',
    mutation: CREATE_ORG,
    actor: 'gfmd-support-unit',
    variables: { input: { kind: 'STATE', name: 'Confederation', country: 'che' } },
    expect: bad('CONFLICT', 'country'),
  },
];

describe('bad input: what an input names (ids, taxonomy, one state per country)', () => {
  let api: TestApi;
  let fixtures: Fixtures;
  const token = demoTokens(() => api);

  beforeAll(async () => {
    api = await startTestApi();
    const [mx, ch, su] = await Promise.all([token('mx'), token('ch'), token('gfmd-support-unit')]);
    const created = await mutate<{ organization: { id: string } }>(
      api,
      su,
      'createOrganization',
      'CreateOrganizationInput',
      { kind: 'STATE', name: 'Norway', country: 'NOR' },
      'organization { id }',
    );
    await mutate(api, su, 'deactivateOrganization', 'DeactivateOrganizationInput', { id: created.organization.id }, 'organization { active }');
    const draftPractice = (await draft(api, mx)).practice.id as string;
    const revisedPractice = (await draft(api, mx)).practice.id as string;
    await mutatePractice(api, mx, 'submitPractice', 'SubmitPracticeInput', { id: revisedPractice });
    await mutatePractice(api, su, 'publishPractice', 'PublishPracticeInput', { id: revisedPractice });
    await mutatePractice(api, mx, 'revisePractice', 'RevisePracticeInput', { ...mexicoDraft, id: revisedPractice, title: 'A newer title in review' });
    fixtures = {
      deactivatedState: created.organization.id,
      draftPractice,
      project: await launchProject(api, mx),
      call: await postCall(api, ch),
      revisedPractice,
    };
  });
  afterAll(() => api?.close());

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    await expectRefused(api, c, { token, fixtures });
  });

  it('takes what names real organisations and a published practice', async () => {
    const mx = await token('mx');
    const posted = await mutate<{ callForAction: { status: string; practiceId: string; posters: Array<{ organizationId: string }> } }>(
      api,
      mx,
      'postCallForAction',
      'PostCallForActionInput',
      {
        ...call({ themes: ['protection', 'gcm-7'], countries: ['MEX', 'HND'] }).input,
        coPosterIds: [org('ch'), org('gt')],
        practiceId: demoPracticeId('mx-unaccompanied-children-training'),
      },
      'callForAction { status practiceId posters { organizationId } }',
    );
    expect(posted.callForAction).toMatchObject({ status: 'PENDING', practiceId: demoPracticeId('mx-unaccompanied-children-training') });
    const launched = await mutate<{ partnershipProject: { partners: Array<{ organizationId: string; role: string }> } }>(
      api,
      mx,
      'launchPartnershipProject',
      'LaunchPartnershipProjectInput',
      {
        title: 'Training together',
        themes: ['migrant-children'],
        countries: ['MEX'],
        partners: [
          { organizationId: org('iom'), role: 'IMPLEMENTER' },
          { organizationId: org('icmc'), role: 'PARTNER' },
        ],
      },
      'partnershipProject { partners { organizationId role } }',
    );
    expect(launched.partnershipProject.partners.map((p) => p.organizationId)).toEqual(expect.arrayContaining([org('iom'), org('icmc')]));
    const drafted = await draft(api, mx, { ...mexicoDraft, implementingPartnerIds: [org('iom'), org('gfmd-support-unit')] });
    expect(drafted.practice.id).toMatch(/^practice-/);
  });

  it('keeps one STATE per country when two creations race, and lets a deactivated one be replaced', async () => {
    const su = await token('gfmd-support-unit');
    const create = (name: string) => api.gql(CREATE_ORG, { input: { kind: 'STATE', name, country: 'NZL' } }, { token: su });
    const results = await Promise.all([create('New Zealand'), create('Aotearoa'), create('New Zealand (again)')]);
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    for (const r of results.filter((x) => x.errors)) expect(Object.keys(r.errors![0].extensions.fields as object)).toEqual(['country']);
    expect(await api.count(`SELECT count(*) FROM organizations WHERE kind = 'STATE' AND country = 'NZL'`)).toBe(1);
    // the index, not only the check: a second active STATE cannot be written at all
    await expect(
      api.dataSource.query(`INSERT INTO organizations (id, kind, name, country, created_at) VALUES ($1, 'STATE', 'Mexico again', 'MEX', now())`, [
        randomUUID(),
      ]),
    ).rejects.toThrow(/organizations_one_state_per_country/);
    // Norway's STATE was deactivated (the fixtures): a new one may be created
    const replaced = await api.gql<{ createOrganization: { organization: { id: string } } }>(
      CREATE_ORG,
      { input: { kind: 'STATE', name: 'Kingdom of Norway', country: 'NOR' } },
      { token: su },
    );
    expect(replaced.errors).toBeUndefined();
    expect(await api.count(`SELECT count(*) FROM organizations WHERE kind = 'STATE' AND country = 'NOR' AND deactivated_at IS NULL`)).toBe(1);
  });

  it('seeded the demo organisations under the index: one STATE for each of their countries', async () => {
    expect(await api.count(`SELECT count(*) FROM organizations WHERE kind = 'STATE' AND country IN ('MEX', 'CHE', 'GTM')`)).toBe(3);
    expect(await api.count(`SELECT count(*) FROM pg_indexes WHERE indexname = 'organizations_one_state_per_country'`)).toBe(1);
  });

  it('shows visitors a practice with a revision in review as PUBLISHED (hasPendingRevision), its owner and the Support Unit its working status', async () => {
    const PRACTICE = `query($id: ID!) { practice(id: $id) { title status hasPendingRevision } }`;
    const id = fixtures.revisedPractice;
    const visitor = await api.gql<{ practice: unknown }>(PRACTICE, { id });
    expect(visitor.data!.practice).toEqual({ title: mexicoDraft.title, status: 'PUBLISHED', hasPendingRevision: true });
    const otherState = await api.gql<{ practice: unknown }>(PRACTICE, { id }, { token: await token('ch') });
    expect(otherState.data!.practice).toEqual({ title: mexicoDraft.title, status: 'PUBLISHED', hasPendingRevision: true });
    for (const actor of ['mx', 'gfmd-support-unit']) {
      const privileged = await api.gql<{ practice: unknown }>(PRACTICE, { id }, { token: await token(actor) });
      expect(privileged.data!.practice).toEqual({ title: 'A newer title in review', status: 'IN_REVIEW', hasPendingRevision: true });
    }
    const listed = await api.gql<{ practices: { edges: Array<{ node: { id: string; status: string; hasPendingRevision: boolean } }> } }>(
      `{ practices(first: 50, orderBy: NEWEST) { edges { node { id status hasPendingRevision } } } }`,
    );
    expect(listed.data!.practices.edges.map((e) => e.node).find((n) => n.id === id)).toEqual({ id, status: 'PUBLISHED', hasPendingRevision: true });
  });
});
