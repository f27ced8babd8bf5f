import { demoOrganizationId } from '@pfp/identity';
import { demoPracticeId } from '@pfp/practices';
import { SearchDocumentsIndex } from '@pfp/discovery';
import { useTestApi, type TestApi } from '../authorization/harness';
import { launchProject, mutate } from '../partnerships/partnership-api';
import { eventually } from '../policy-tools/policy-tools-api';

const SEARCH = `query($query: String, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { kind id title summary path status } }
    facets {
      kind { value count } theme { value count label(language: "fr") } gcmObjective { value count } sdgTarget { value count }
      region { value count } country { value count label } organization { value count organization { name } }
    }
  } }`;

interface Hit {
  kind: string;
  id: string;
  title: string;
  path: string;
}
interface Count {
  value: string;
  count: number;
  label?: string | null;
  organization?: { name: string } | null;
}
interface Found {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: Hit }>;
  facets: Record<'kind' | 'theme' | 'gcmObjective' | 'sdgTarget' | 'region' | 'country' | 'organization', Count[]>;
}

async function search(api: TestApi, variables: Record<string, unknown>, token: string | null = null): Promise<Found> {
  const result = await api.gql<{ search: Found }>(SEARCH, variables, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.search;
}

const kindsOf = (found: Found) => [...new Set(found.edges.map((e) => e.node.kind))].sort();
const countOf = (counts: Count[], value: string) => counts.find((c) => c.value === value)?.count ?? 0;

describe('search across practices, calls, projects and policy tools (GraphQL, PostgreSQL)', () => {
  const t = useTestApi(['mx', 'se', 'iom', 'gfmd-support-unit']);
  // the demo data is seeded and projected after boot: wait until every kind is there
  const ready = () =>
    eventually(
      () => search(t.api, { first: 0 }),
      (found) => found.facets.kind.length === 4,
    );

  it('finds each kind of the 2011 demo data, with its page', async () => {
    await ready();
    const children = await search(t.api, { query: 'unaccompanied children' });
    expect(kindsOf(children)).toEqual(['CALL_FOR_ACTION', 'PARTNERSHIP_PROJECT', 'PRACTICE']);
    const practice = children.edges.find((e) => e.node.kind === 'PRACTICE')!.node;
    expect(practice).toMatchObject({
      id: demoPracticeId('mx-unaccompanied-children-training'),
      path: `/practices/${demoPracticeId('mx-unaccompanied-children-training')}`,
    });
    const handbook = await search(t.api, { query: 'handbook diasporas' });
    expect(kindsOf(handbook)).toEqual(expect.arrayContaining(['CALL_FOR_ACTION', 'PARTNERSHIP_PROJECT', 'POLICY_TOOL']));
    expect(handbook.edges.find((e) => e.node.kind === 'POLICY_TOOL')!.node.path).toMatch(/^\/tools\/policyTool-/);
    // a French translation of a tool is found in French
    const french = await search(t.api, { query: 'société civile' });
    expect(kindsOf(french)).toContain('POLICY_TOOL');
  });

  it('counts each kind as its own list does, and the other facets with labels and organisations', async () => {
    await ready();
    const all = await search(t.api, { first: 0 });
    const lists = await t.api.gql<Record<string, { totalCount: number }>>(
      `{ practices(first: 0) { totalCount } callsForAction(first: 0) { totalCount } partnershipProjects(first: 0) { totalCount } policyTools(first: 0) { totalCount } }`,
    );
    const own = lists.data!;
    expect(Object.fromEntries(all.facets.kind.map((c) => [c.value, c.count]))).toEqual({
      PRACTICE: own.practices.totalCount,
      CALL_FOR_ACTION: own.callsForAction.totalCount,
      PARTNERSHIP_PROJECT: own.partnershipProjects.totalCount,
      POLICY_TOOL: own.policyTools.totalCount,
    });
    expect(all.totalCount).toBe(all.facets.kind.reduce((n, c) => n + c.count, 0));
    expect(all.facets.country.find((c) => c.value === 'MEX')?.label).toBe('Mexico');
    expect(all.facets.theme.find((c) => c.value === 'diaspora')?.label).toBe('Politique en faveur de la diaspora');
    // a language outside the six is refused, naming it (labels are plain resolvers: the same refusal as through Nest)
    const refused = await t.api.gql(`{ search(first: 1) { facets { theme { value label(language: "de") } } } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { language: expect.stringContaining('must be one of') as unknown },
    });
    expect(all.facets.organization.find((c) => c.value === demoOrganizationId('iom'))?.organization?.name).toBe(
      'International Organization for Migration (IOM)',
    );
    expect(all.facets.gcmObjective.every((c) => c.value.startsWith('gcm-'))).toBe(true);
    expect(all.facets.theme.some((c) => c.value.startsWith('gcm-') || c.value.startsWith('sdg-'))).toBe(false);
  });

  it('filters by kind (the kind facet still counts the others), by country and by theme', async () => {
    await ready();
    const all = await search(t.api, { first: 0 });
    const calls = await search(t.api, { filter: { kinds: ['CALL_FOR_ACTION'] }, first: 100 });
    expect(kindsOf(calls)).toEqual(['CALL_FOR_ACTION']);
    expect(calls.totalCount).toBe(countOf(all.facets.kind, 'CALL_FOR_ACTION'));
    expect(calls.facets.kind).toEqual(all.facets.kind);
    const mexico = await search(t.api, { filter: { countries: ['MEX'] }, first: 100 });
    expect(mexico.totalCount).toBe(countOf(all.facets.country, 'MEX'));
    expect(mexico.facets.country.find((c) => c.value === 'MEX')?.count).toBe(mexico.totalCount);
    const two = ['POLICY_TOOL', 'PRACTICE'];
    const both = await search(t.api, { filter: { kinds: two }, first: 100 });
    expect(kindsOf(both)).toEqual(two);
    expect(both.totalCount).toBe(countOf(all.facets.kind, two[0]) + countOf(all.facets.kind, two[1]));
    const theme = all.facets.theme[0];
    const themed = await search(t.api, { filter: { themes: [theme.value] }, first: 0 });
    expect(themed.totalCount).toBe(theme.count);
  });

  it('pages through every result without a duplicate', async () => {
    await ready();
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const found: Found = await search(t.api, { first: 3, after });
      total = found.totalCount;
      seen.push(...found.edges.map((e) => e.node.id));
      if (!found.pageInfo.hasNextPage) break;
      after = found.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(6);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('finds a PARTNERS-only project for its partners only', async () => {
    await ready();
    const id = await launchProject(t.api, t.tokens.mx, {
      title: 'Confidential quinoa corridor pilot',
      visibility: 'PARTNERS',
      partners: [{ organizationId: demoOrganizationId('iom'), role: 'PARTNER' }],
    });
    const ids = (found: Found) => found.edges.map((e) => e.node.id);
    // the mutation does not wait for search-documents: found within a second of its answer
    await eventually(
      () => search(t.api, { query: 'quinoa corridor' }, t.tokens.iom),
      (found) => ids(found).includes(id),
      1_000,
    );
    expect(ids(await search(t.api, { query: 'quinoa corridor' }, t.tokens.mx))).toEqual([id]);
    for (const token of [null, t.tokens.se, t.tokens['gfmd-support-unit']]) {
      const outsider = await search(t.api, { query: 'quinoa corridor' }, token);
      expect(outsider.totalCount).toBe(0);
      expect(outsider.edges).toEqual([]);
      expect(outsider.facets.kind).toEqual([]);
    }
  });

  it('drops an archived practice, and a practice the Support Unit hides at once', async () => {
    await ready();
    const practiceId = demoPracticeId('mx-unaccompanied-children-training');
    const hiddenId = demoPracticeId('jp-foreign-children-schooling');
    const has = (found: Found, id: string) => found.edges.some((e) => e.node.id === id);
    expect(has(await search(t.api, { query: 'schooling foreign children' }), hiddenId)).toBe(true);
    await mutate(t.api, t.tokens['gfmd-support-unit'], 'hideContent', 'ModerationReasonInput', { contentId: hiddenId, reason: 'Test of search.' }, 'revision');
    expect(has(await search(t.api, { query: 'schooling foreign children' }), hiddenId)).toBe(false);

    await mutate(t.api, t.tokens.mx, 'archivePractice', 'ArchivePracticeInput', { id: practiceId }, 'revision');
    // gone within a second of the mutation's answer (search-documents is not among the read models it waits for)
    const gone = await eventually(
      () => search(t.api, { query: 'unaccompanied children', filter: { kinds: ['PRACTICE'] } }),
      (found) => !has(found, practiceId),
      1_000,
    );
    expect(gone.totalCount).toBe(0);
  });

  it('answers from the in-memory index of each process as from PostgreSQL: totals, every facet count, the same items, newest first alike', async () => {
    await ready();
    const index = t.api.app.get(SearchDocumentsIndex);
    const cases: Array<[Record<string, unknown>, string | null]> = [
      [{ first: 50 }, null],
      [{ query: 'unaccompanied children', first: 50 }, null],
      [{ query: 'diaspora -handbook', first: 50 }, null],
      [{ query: 'migrants or remittances', filter: { kinds: ['PRACTICE', 'CALL_FOR_ACTION'] }, first: 50 }, null],
      [{ filter: { countries: ['MEX'], themes: ['migrant-children'] }, first: 50 }, null],
      [{ filter: { regions: ['013'] }, first: 3 }, null],
      [{ query: 'société civile', first: 50 }, null],
      [{ first: 50 }, t.tokens.iom],
      [{ query: 'nothingmatcheszzz', first: 50 }, null],
    ];
    const ids = (found: Found) => found.edges.map((e) => e.node.id);
    for (const [variables, token] of cases) {
      index.enabled = true;
      const fromIndex = await search(t.api, variables, token);
      index.enabled = false;
      const fromSql = await search(t.api, variables, token);
      index.enabled = true;
      const label = JSON.stringify(variables);
      expect({ label, total: fromIndex.totalCount, facets: fromIndex.facets }).toEqual({ label, total: fromSql.totalCount, facets: fromSql.facets });
      // relevance ties may fall apart differently (ts_rank against summed weights); browsing is newest first in both
      if (variables.query) expect([label, [...ids(fromIndex)].sort()]).toEqual([label, [...ids(fromSql)].sort()]);
      else expect([label, ids(fromIndex)]).toEqual([label, ids(fromSql)]);
    }
  });

  it('refuses bad input, naming the field', async () => {
    const refusal = async (variables: Record<string, unknown>) => {
      const result = await t.api.gql(SEARCH, variables);
      expect(result.data?.search ?? null).toBeNull();
      const error = result.errors![0] as { extensions: { code: string; reason?: string; fields?: Record<string, string> } };
      return { code: error.extensions.code, fields: Object.keys(error.extensions.fields ?? {}) };
    };
    expect(await refusal({ after: 'not-a-cursor!' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['after'] });
    expect(await refusal({ query: 'x'.repeat(501) })).toEqual({ code: 'BAD_USER_INPUT', fields: ['query'] });
    expect(await refusal({ filter: { themes: ['no-such-theme'] } })).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.themes'] });
    expect(await refusal({ filter: { gcmObjectives: ['gcm-99'] } })).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.gcmObjectives'] });
    expect(await refusal({ filter: { countries: ['XXX'] } })).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.countries'] });
    expect(await refusal({ filter: { regions: ['999'] } })).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.regions'] });
    expect(await refusal({ filter: { organizations: ['iom'] } })).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.organizations'] });
    expect(await refusal({ first: 101 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['first'] });
  });
});
