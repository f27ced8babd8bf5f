import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import WebSocket from 'ws';
import * as site from '../../apps/web/src/gql/graphql';
import { QUERY_LIMITS, QUERY_PARSE_OPTIONS, queryLimitRules } from '../../apps/api/src/graphql-options';
import { startTestApi, type TestApi } from '../authorization/harness';

type LimitError = {
  message: string;
  extensions: { code: string; reason: string; limit: { name: string; max: number; found?: number }; fields: { query: string } };
};

const SITE_OPERATIONS = Object.entries(site)
  .filter(([name]) => name.endsWith('Document'))
  .map(([name, document]) => [name, String(document)] as const);

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: platformStats { practicesPublished }`).join(' ')} }`;
const ofTypes = (levels: number) => `{ __type(name: "Practice") { ${'name ofType { '.repeat(levels)}name${' }'.repeat(levels)} } }`;

/** One shape per limit, and the same limits reached another way (a fragment, variables), so the class is covered. */
const OVER_LIMITS: Array<{ name: string; limit: keyof typeof QUERY_LIMITS; query: string; found?: number }> = [
  // the issue's query: 6,000 tokens, so the parser stops at the 1,001st before anything counts aliases
  { name: '1,000 aliases of platformStats', limit: 'maxTokens', query: aliases(1000) },
  { name: '16 aliases of platformStats', limit: 'maxAliases', query: aliases(16), found: 16 },
  {
    name: 'aliases hidden in a fragment',
    limit: 'maxAliases',
    query: `query { ...F } fragment F on Query { ${Array.from({ length: 16 }, (_, i) => `a${i}: themes { id }`).join(' ')} }`,
    found: 16,
  },
  { name: 'nesting 13 levels deep', limit: 'maxDepth', query: ofTypes(12), found: 14 },
  {
    name: 'depth through nested fragments',
    limit: 'maxDepth',
    query: `{ ...F0 } ${Array.from({ length: 13 }, (_, i) => `fragment F${i} on Query { ${i < 12 ? `...F${i + 1}` : '__typename'} }`).join(' ')}`,
  },
  { name: '1,001 tokens', limit: 'maxTokens', query: `{ ${'__typename '.repeat(1000)}}` },
  { name: '8,000 tokens of the same field', limit: 'maxTokens', query: `{ ${'__typename '.repeat(8000)}}` },
  {
    name: 'a long string argument counts once but its neighbours do not',
    limit: 'maxTokens',
    query: `{ practices(search: "${'x'.repeat(5000)}") { totalCount } ${'__typename '.repeat(1000)}}`,
  },
  {
    name: 'the largest page of everything',
    limit: 'maxCost',
    query: `{ practices(first: 100) { edges { node { id title summary body bodyHtml countries countryNames implementationStatus owner { id name kind country createdAt active } themes { id label } regions { code name } } } } }`,
  },
  {
    name: 'a literal first with nested replies (a cost with a fraction)',
    limit: 'maxCost',
    query: `{ comments(subjectId: "practice-1", first: 100) { edges { node { id body replies { id body authorOrganization { id name } } } } } }`,
    found: 5843.75,
  },
  { name: '51 directives', limit: 'maxDirectives', query: `{ ${Array.from({ length: 51 }, () => '__typename @include(if: true)').join(' ')} }` },
];

/** The refusal naming `limit` (a query over two limits is told of both). */
function expectLimit(errors: unknown, limit: string): LimitError {
  const all = (errors ?? []) as LimitError[];
  const error = all.find((e) => e.extensions.limit?.name === limit) ?? all[0];
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: { name: limit, max: QUERY_LIMITS[limit as keyof typeof QUERY_LIMITS] } });
  expect(error.extensions.reason).toMatch(/^QUERY\.TOO_/);
  expect(error.extensions.fields.query).toContain(String(QUERY_LIMITS[limit as keyof typeof QUERY_LIMITS]));
  expect(error.message).toContain(limit);
  return error;
}

describe('every operation of the site and introspection pass the query limits', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
  const rules = [...specifiedRules, ...queryLimitRules()];

  it('finds the operations (the site has more than 30)', () => {
    expect(SITE_OPERATIONS.length).toBeGreaterThan(30);
  });

  it.each(SITE_OPERATIONS)('%s', (_name, source) => {
    expect(validate(schema, parse(source, QUERY_PARSE_OPTIONS), rules).map((e) => e.message)).toEqual([]);
  });

  it('a cost that is not a whole number is reported as found, not NaN (a literal first with nested replies)', () => {
    const source = `{ comments(subjectId: "practice-1", first: 100) { edges { node { id body replies { id body authorOrganization { id name } } } } } }`;
    const errors = validate(schema, parse(source, QUERY_PARSE_OPTIONS), rules);
    const error = expectLimit(
      errors.map((e) => ({ message: e.message, extensions: e.extensions })),
      'maxCost',
    );
    expect(error.message).not.toContain('NaN');
    expect(Number.isFinite(error.extensions.limit.found)).toBe(true);
    expect(error.extensions.limit.found! % 1).not.toBe(0);
    expect(error.message).toContain(`found ${error.extensions.limit.found}`);
  });

  it('the introspection query (graphiql, codegen)', () => {
    const source = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(validate(schema, parse(source, QUERY_PARSE_OPTIONS), rules).map((e) => e.message)).toEqual([]);
  });
});

describe('query limits over HTTP and graphql-ws', () => {
  let api: TestApi;
  let ws: Client;

  beforeAll(async () => {
    api = await startTestApi();
    ws = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
  }, 120_000);
  afterAll(async () => {
    await ws?.dispose();
    await api?.close();
  });

  it.each(OVER_LIMITS)('$name: BAD_USER_INPUT naming $limit, nothing executed', async ({ limit, query, found }) => {
    const result = await api.gql(query);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    const error = expectLimit(result.errors, limit);
    if (found !== undefined) expect(error.extensions.limit.found).toBe(found);
  });

  it('answers an ordinary query after all of them', async () => {
    const result = await api.gql(String(site.PracticesDocument), { first: 20 });
    expect(result.errors).toBeUndefined();
    expect((result.data as { practices: { totalCount: number } }).practices.totalCount).toBeGreaterThan(0);
  });

  it("answers every operation of the site without a limit's refusal (variables missing: refused later, nothing runs)", async () => {
    for (const [name, source] of SITE_OPERATIONS) {
      const result = await api.gql(source);
      const limited = (result.errors ?? []).filter((e) => e.extensions.limit !== undefined || /limit/i.test(e.message));
      expect([name, limited]).toEqual([name, []]);
    }
  });

  it('outside production, suggests names (so the production test below is not vacuous)', async () => {
    const result = await api.gql('{ practicez { totalCount } }');
    expect(result.errors?.[0].message).toMatch(/Did you mean .*"practices"\?/);
  });

  it('keeps introspection working outside production', async () => {
    const result = await api.gql(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty('__schema.queryType.name', 'Query');
  });

  it.each(OVER_LIMITS)('over graphql-ws too: $name', async ({ limit, query }) => {
    const errors = await new Promise<unknown>((resolve, reject) => {
      ws.subscribe(
        { query },
        {
          next: (value) => reject(new Error(`answered: ${JSON.stringify(value).slice(0, 200)}`)),
          error: resolve,
          complete: () => reject(new Error('completed')),
        },
      );
    });
    expectLimit(errors, limit);
  });

  it('over graphql-ws, the same socket answers an ordinary query afterwards', async () => {
    const answer = await new Promise<unknown>((resolve, reject) => {
      ws.subscribe({ query: '{ platformStats { practicesPublished } }' }, { next: resolve, error: reject, complete: () => undefined });
    });
    expect(answer).toHaveProperty('data.platformStats.practicesPublished');
  });

  describe('organisations named by a page are read once per request (dataloader)', () => {
    let organisationQueries: string[] = [];
    let spy: jest.SpyInstance;
    beforeEach(() => {
      organisationQueries = [];
      const original = PostgresQueryRunner.prototype.query;
      spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
        if (/FROM "?organizations"?\s/.test(args[0])) organisationQueries.push(args[0]); // TypeORM's quoted name or plain SQL's
        return original.apply(this, args);
      });
    });
    afterEach(() => spy.mockRestore());

    it("practices' owners: one query for the whole page", async () => {
      const result = await api.gql<{ practices: { edges: Array<{ node: { owner: { name: string } | null } }> } }>(
        `{ practices(first: 50) { edges { node { owner { id name } } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const owners = result.data!.practices.edges.map((e) => e.node.owner?.name);
      expect(owners.length).toBeGreaterThan(5);
      expect(owners.every(Boolean)).toBe(true);
      expect(organisationQueries).toHaveLength(1);
    });

    it("calls' posters and responders and projects' partners: one query per level, not per row", async () => {
      const result = await api.gql<{ callsForAction: { edges: Array<{ node: { posters: Array<{ organization: { name: string } | null }> } }> } }>(
        `{ callsForAction(first: 50) { edges { node { posters { organization { name } } responses { organization { name } } } } }
           partnershipProjects(first: 50) { edges { node { partners { organization { name } } } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const posters = result.data!.callsForAction.edges.flatMap((e) => e.node.posters.map((p) => p.organization?.name));
      expect(posters.length).toBeGreaterThan(0);
      expect(posters.every(Boolean)).toBe(true);
      // posters, responses and partners resolve in the same tick of the execution
      expect(organisationQueries.length).toBeGreaterThanOrEqual(1);
      expect(organisationQueries.length).toBeLessThanOrEqual(2);
    });
  });
});

describe('in production: no introspection and no "Did you mean …"', () => {
  let api: TestApi;
  let ws: Client;

  beforeAll(async () => {
    api = await startTestApi({
      NODE_ENV: 'production',
      SESSION_SECRET: 'production-session-secret-0123456789abcdef',
      PUBLIC_URL: 'https://pfp.example.org',
      LOG_LEVEL: 'warn',
    });
    ws = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
  }, 120_000);
  afterAll(async () => {
    await ws?.dispose();
    await api?.close();
  });

  // each would suggest a name of the schema outside production
  // objects, not rows: jest would take a third parameter of a two-item row for `done`
  const PROBES: Array<{ what: string; query: string; variables?: Record<string, unknown> }> = [
    { what: 'a field', query: '{ practicez { totalCount } }' },
    { what: 'a field of a type', query: '{ platformStats { practicesPublishd } }' },
    { what: 'an argument', query: '{ practices(firts: 1) { totalCount } }' },
    { what: 'a type of a variable', query: 'query($f: PracticeFiltr) { practices(filter: $f) { totalCount } }' },
    { what: 'an enum value', query: '{ callsForAction(filter: { status: OPN }) { totalCount } }' },
    {
      what: 'an input field in variables',
      query: 'query($f: CallsForActionFilter) { callsForAction(filter: $f) { totalCount } }',
      variables: { f: { statuz: 'OPEN' } },
    },
    {
      what: 'an enum value in variables',
      query: 'query($f: CallsForActionFilter) { callsForAction(filter: $f) { totalCount } }',
      variables: { f: { status: 'OPN' } },
    },
  ];

  it.each(PROBES)('$what', async ({ query, variables }) => {
    const result = await api.gql(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors!) expect(error.message).not.toMatch(/did you mean/i);
  });

  it.each(PROBES.filter((probe) => !probe.variables))('over graphql-ws too: $what', async ({ query }) => {
    const errors = await new Promise<Array<{ message: string }>>((resolve, reject) => {
      ws.subscribe(
        { query },
        {
          next: (v) => reject(new Error(`answered ${JSON.stringify(v)}`)),
          error: (e) => resolve(e as Array<{ message: string }>),
          complete: () => reject(new Error('completed')),
        },
      );
    });
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.message).not.toMatch(/did you mean/i);
  });

  it('refuses introspection, over HTTP and graphql-ws', async () => {
    const result = await api.gql(getIntrospectionQuery());
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toMatch(/introspection/i);
    const errors = await new Promise<Array<{ message: string }>>((resolve, reject) => {
      ws.subscribe(
        { query: '{ __schema { types { name } } }' },
        { next: () => reject(new Error('answered')), error: (e) => resolve(e as Array<{ message: string }>), complete: () => reject(new Error('completed')) },
      );
    });
    expect(errors[0].message).toMatch(/introspection/i);
  });

  it('still answers the site and keeps the limits', async () => {
    const result = await api.gql(String(site.PracticesDocument), { first: 20 });
    expect(result.errors).toBeUndefined();
    expectLimit((await api.gql(aliases(16))).errors, 'maxAliases');
    expectLimit((await api.gql(aliases(1000))).errors, 'maxTokens');
  });
});
