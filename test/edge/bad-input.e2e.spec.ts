import type { GraphQLResult } from '@pfp/identity/testing';
import { draft, mexicoDraft, mutate as mutatePractice } from '@pfp/practices/testing';
import { startTestApi, type TestApi } from '../authorization/harness';
import { WRITE_COUNTERS } from '../authorization/table';
import { launchProject, mutate, postCall, respond } from '../partnerships/partnership-api';
import { demoTokens, expectRefused, namesField, writeCounts } from './corpus-format';
import {
  LIMIT_CODES,
  SCRIPT,
  mutationCases,
  org,
  queryCases,
  rolledOverDateCases,
  scriptCases,
  shapeCases,
  type CorpusCase,
  type Fixtures,
} from './corpus-tables';

/*
 * The bad-input corpus for text, dates, types and query shapes, generated from the tables of
 * ./corpus-tables (issue 11, "Must show"; items 12 and 13): every case is refused with a stable
 * code naming the field, writes nothing, and the server answers afterwards. One API, the cases
 * in order. The ids corpus is ./bad-input-references.e2e.spec.ts.
 */

const COUNTERS = [...WRITE_COUNTERS, 'SELECT count(*) FROM es_events', 'SELECT count(*) FROM sessions'];

/** Whether the refusal names the case's field: a key of extensions.fields, or (a GraphQL coercion error) its message. */
function expectNamed(c: CorpusCase, result: GraphQLResult): void {
  if (!c.expect.field) return;
  const error = result.errors?.[0];
  const field = c.expect.field;
  // a list's element may be named by the list (`objectives` for `objectives.0`)
  const keys = Object.keys((error?.extensions.fields as object | undefined) ?? {});
  const named =
    namesField(error?.extensions.fields, field) ||
    keys.some((key) => field.startsWith(`${key}.`)) ||
    (c.names !== undefined && (error?.message ?? '').includes(c.names));
  expect({ case: c.name, message: error?.message, fields: error?.extensions.fields, named }).toMatchObject({ case: c.name, named: true });
}

describe('bad input: text, dates, types and query shapes', () => {
  let api: TestApi;
  let fixtures: Fixtures;
  const token = demoTokens(() => api);

  beforeAll(async () => {
    api = await startTestApi();
    const [mx, iom, su] = await Promise.all([token('mx'), token('iom'), token('gfmd-support-unit')]);
    const drafted = (await draft(api, mx)).practice.id as string;
    const inReview = (await draft(api, mx)).practice.id as string;
    await mutatePractice(api, mx, 'submitPractice', 'SubmitPracticeInput', { id: inReview });
    const published = (await draft(api, mx, { ...mexicoDraft, contact: { name: 'Ana Pérez', email: 'ana@example.org' } })).practice as {
      id: string;
      contact: { subjectId: string };
    };
    await mutatePractice(api, mx, 'submitPractice', 'SubmitPracticeInput', { id: published.id });
    await mutatePractice(api, su, 'publishPractice', 'PublishPracticeInput', { id: published.id });
    const call = await postCall(api, mx);
    await respond(api, iom, call);
    const project = await launchProject(api, mx, { partners: [{ organizationId: org('iom'), role: 'PARTNER' }] });
    const withMilestone = await mutate<{ partnershipProject: { milestones: Array<{ id: string }> } }>(
      api,
      mx,
      'addMilestone',
      'AddMilestoneInput',
      { projectId: project, title: 'First course', plannedOn: '2011-09-01' },
      'partnershipProject { milestones { id } }',
    );
    fixtures = {
      draft: drafted,
      inReview,
      published: published.id,
      publishedContact: published.contact.subjectId,
      call,
      project,
      milestone: withMilestone.partnershipProject.milestones[0].id,
    };
  }, 120_000);
  afterAll(() => api?.close());

  const refusals = [...mutationCases(), ...queryCases()];

  it('holds at least 150 cases, over every mutation but signOut and endOtherSessions (no input to spoil)', async () => {
    expect(refusals.length + shapeCases().length).toBeGreaterThanOrEqual(150);
    const result = await api.gql<{ __schema: { mutationType: { fields: Array<{ name: string }> } } }>(`{ __schema { mutationType { fields { name } } } }`);
    const covered = new Set(refusals.map((c) => /^(\w+):/.exec(c.name)![1]));
    const uncovered = result.data!.__schema.mutationType.fields.map((f) => f.name).filter((name) => !covered.has(name));
    expect(uncovered.sort()).toEqual(['endOtherSessions', 'signOut']);
  });

  it.each(refusals.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await expectRefused(api, { ...c, expect: { code: c.expect.code } }, { token, fixtures, counters: COUNTERS });
    expectNamed(c, result);
  });

  it.each(rolledOverDateCases().map((c) => [c.name, c] as const))('%s (the DateTime scalar refuses it: StrictDateTime)', async (_name, c) => {
    const result = await expectRefused(api, { ...c, expect: { code: c.expect.code } }, { token, fixtures, counters: COUNTERS });
    expect(result.errors?.[0]?.message).toMatch(/DateTime/);
  });

  it.each(shapeCases().map((c) => [c.name, c] as const))('query shape: %s', async (_name, c) => {
    const before = await writeCounts(api, COUNTERS);
    const result = await api.gql(c.query);
    if (c.refusedByGraphql || result.errors) {
      // refused by graphql itself, or by a query-cost limit with its own code
      const code = result.errors?.[0]?.extensions.code;
      expect({ shape: c.name, code, known: LIMIT_CODES.includes(code ?? '') }).toMatchObject({ shape: c.name, known: true });
    }
    expect(await writeCounts(api, COUNTERS)).toEqual(before);
    const alive = await api.gql<{ __typename: string }>('{ __typename }');
    expect(alive.data?.__typename).toBe('Query');
  });

  it.each(scriptCases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const result = await api.gql(c.mutation, c.variables(fixtures), { token: await token(c.actor) });
    expect({ case: c.name, errors: result.errors }).toEqual({ case: c.name, errors: undefined });
  });

  it('gives back a script in a practice as written, and its body rendered without it', async () => {
    const mx = await token('mx');
    const drafted = await draft(api, mx, { ...mexicoDraft, title: `${SCRIPT} title`, body: `${SCRIPT}\n\n[a link](javascript:alert(1)) **bold**` });
    const read = await api.gql<{ practice: { title: string; body: string; bodyHtml: string } }>(
      `query($id: ID!) { practice(id: $id) { title body bodyHtml } }`,
      { id: drafted.practice.id },
      { token: mx },
    );
    expect(read.data!.practice.title).toBe(`${SCRIPT} title`);
    expect(read.data!.practice.body).toContain('<script>');
    expect(read.data!.practice.bodyHtml).not.toMatch(/<script|onerror|javascript:/i);
    expect(read.data!.practice.bodyHtml).toContain('<strong>bold</strong>');
  });

  it('counts 200 emoji, flags and families as a title of 200 characters', async () => {
    const title = '🇲🇽'.repeat(50) + '👨‍👩‍👧‍👦'.repeat(50) + '😀'.repeat(100);
    const drafted = await draft(api, await token('mx'), { ...mexicoDraft, title });
    expect(drafted.practice.title).toBe(title);
  });

  it('excludes a word from the search in every language configuration', async () => {
    const [mx, su] = await Promise.all([token('mx'), token('gfmd-support-unit')]);
    const publish = async (input: Record<string, unknown>): Promise<string> => {
      const id = (await draft(api, mx, { ...mexicoDraft, ...input })).practice.id as string;
      await mutatePractice(api, mx, 'submitPractice', 'SubmitPracticeInput', { id });
      await mutatePractice(api, su, 'publishPractice', 'PublishPracticeInput', { id });
      return id;
    };
    const english = await publish({ title: 'Safeguarding children on the move', summary: 'Zyxwv children.', language: 'en' });
    const french = await publish({ title: 'Safeguarding des enfants', summary: 'Zyxwv enfants.', language: 'fr' });
    const other = await publish({ title: 'Protecting children on the move', summary: 'Zyxwv children.', language: 'en' });
    const ids = async (search: string): Promise<string[]> => {
      const result = await api.gql<{ practices: { edges: Array<{ node: { id: string } }> } }>(
        `query($search: String) { practices(search: $search, first: 100) { edges { node { id } } } }`,
        { search },
      );
      return result.data!.practices.edges.map((e) => e.node.id);
    };
    expect(await ids('zyxwv')).toEqual(expect.arrayContaining([english, french, other]));
    const excluded = await ids('zyxwv -safeguarding');
    expect(excluded).toContain(other);
    expect(excluded).not.toContain(english);
    expect(excluded).not.toContain(french);
  });
});
