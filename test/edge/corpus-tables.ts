import { randomUUID } from 'node:crypto';
import type { BadInputCase } from './corpus-format';
import { MUTATIONS as FIRST_ROUND, type DateKind, type Fixtures, type MutationTable } from './corpus-mutations';
import { CONTEXT_MUTATIONS } from './corpus-mutations-contexts';

const MUTATIONS = [...FIRST_ROUND, ...CONTEXT_MUTATIONS];

export { org, type Fixtures } from './corpus-mutations';

/*
 * The bad-input corpus for text, dates, types and query shapes (issue 11 items 12 and 13): the
 * cases generated from the mutations' fields by kind (./corpus-mutations.ts), the queries'
 * arguments and abusive query shapes.
 */

/** A case of this file: the shared shape, plus what the message of a GraphQL coercion error must name (it has no extensions.fields). */
export interface CorpusCase extends BadInputCase<Fixtures> {
  names?: string;
}

const unknownId = (category: string): string => `${category}-${randomUUID()}`;

/** The mutation of a table row, its whole input one variable. */
function documentOf(table: MutationTable): string {
  const inputType = table.inputType ?? `${table.mutation[0].toUpperCase()}${table.mutation.slice(1)}Input`;
  return `mutation($input: ${inputType}!) { ${table.mutation}(input: $input) { ${table.selection ?? 'revision'} } }`;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(target);
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= /^\d+$/.test(key) ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}

const leaf = (path: string): string =>
  path
    .split('.')
    .filter((k) => !/^\d+$/.test(k))
    .pop()!;

/** NUL, an escape, and text made only of invisible characters (zero-width space and joiner, word joiner, BOM, bidi marks, a soft hyphen). */
export const NUL = 'before\u0000after';
export const ESCAPE = 'colour \u001B[31m red';
export const INVISIBLE = '\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u00AD \u3000';
export const SCRIPT = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';

const BAD_DATES: Record<DateKind, Array<[string, string]>> = {
  date: [
    ['an impossible date', '2011-02-30'],
    ['a 13th month', '2011-13-01'],
    ['a date-time', '2011-09-01T10:00:00Z'],
    ['a word', 'next week'],
  ],
  partialDate: [
    ['an impossible date', '2011-02-30'],
    ['a 13th month', '2011-13'],
    ['a word', 'soon'],
  ],
  dateTime: [
    ['a malformed date-time', 'yesterday'],
    ['a date-time with a 25th hour', '2011-02-20T25:00:00Z'],
  ],
};

/** Impossible days a DateTime scalar rolls over (2011-02-30 -> 2011-03-02) unless it is strict (StrictDateTime). */
export const ROLLED_OVER_DATE_TIMES: Array<[string, unknown]> = [
  ['an impossible date-time', '2031-02-30T00:00:00Z'],
  ['a number (milliseconds)', 1_900_000_000_000],
];

/** The refusals generated from MUTATIONS. */
export function mutationCases(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const table of MUTATIONS) {
    const document = documentOf(table);
    /** A refusal naming `path` (in extensions.fields, or in the message of a GraphQL coercion error); `named: false` for a NOT_FOUND. */
    const add = (what: string, path: string, value: unknown, code = 'BAD_USER_INPUT', named = true): void => {
      cases.push({
        name: `${table.mutation}: ${path} ${what}`,
        mutation: document,
        actor: table.actor,
        variables: (f) => ({ input: setPath(table.input(f), path, value) }),
        expect: { code, field: named ? path : undefined },
        names: named ? leaf(path) : undefined,
      });
    };
    for (const text of table.texts ?? []) {
      add(`of ${text.max + 1} characters`, text.path, 'x'.repeat(text.max + 1));
      add(`of ${text.max + 1} emoji`, text.path, '😀'.repeat(text.max + 1));
      add('holding NUL', text.path, NUL);
      add('holding an escape character', text.path, ESCAPE);
      if (text.required) add('made only of invisible characters', text.path, INVISIBLE);
    }
    for (const date of table.dates ?? []) {
      for (const [what, value] of BAD_DATES[date.kind]) add(`is ${what} (${value})`, date.path, value);
      if (date.kind !== 'dateTime') add('of the wrong type (a number)', date.path, 20110901);
    }
    if (table.subject) {
      const { path, category } = table.subject;
      add('is malformed', path, 'not-an-id');
      add('is an id of another kind', path, unknownId(category === 'practice' ? 'project' : 'practice'));
      add(`names no ${category}`, path, unknownId(category), 'NOT_FOUND', false);
      add('holding NUL', path, `${category}-\u0000`);
    }
    for (const field of table.enums ?? []) add('is not one of its values', field, 'NOT_A_VALUE');
    for (const field of table.ints ?? []) {
      add('is a string', field, 'three');
      add('is beyond 32 bits', field, 2 ** 40);
    }
    for (const field of table.strings ?? []) add('is a number', field, 42);
    add('has a field the type does not have', 'isAdmin', true);
  }
  return cases;
}

/** The date-times that only a strict DateTime scalar refuses (see ROLLED_OVER_DATE_TIMES), in inputs and in `practice(asOf)`. */
export function rolledOverDateCases(): CorpusCase[] {
  const inInputs = MUTATIONS.flatMap((table) =>
    (table.dates ?? [])
      .filter((d) => d.kind === 'dateTime')
      .flatMap((date) =>
        ROLLED_OVER_DATE_TIMES.map(([what, value]): CorpusCase => ({
          name: `${table.mutation}: ${date.path} is ${what} (${String(value)})`,
          mutation: documentOf(table),
          actor: table.actor,
          variables: (f) => ({ input: setPath(table.input(f), date.path, value) }),
          expect: { code: 'BAD_USER_INPUT', field: date.path },
          names: leaf(date.path),
        })),
      ),
  );
  const asOf = ROLLED_OVER_DATE_TIMES.map(([what, value]): CorpusCase => ({
    name: `practice: asOf is ${what} (${String(value)})`,
    query: `query($id: ID!, $asOf: DateTime) { practice(id: $id, asOf: $asOf) { id } }`,
    actor: null,
    variables: (f) => ({ id: f.published, asOf: value }),
    expect: { code: 'BAD_USER_INPUT', field: 'asOf' },
    names: 'asOf',
  }));
  return [...inInputs, ...asOf];
}

const PRACTICES = `query($search: String, $filter: PracticeFilter, $first: Int, $after: String) { practices(search: $search, filter: $filter, first: $first, after: $after) { totalCount } }`;
const PRACTICE_AS_OF = `query($id: ID!, $asOf: DateTime) { practice(id: $id, asOf: $asOf) { id } }`;
const SIMILAR = `query($title: String, $first: Int) { similarPractices(title: $title, first: $first) { id } }`;
const CALLS = `query($first: Int, $after: String, $filter: CallsForActionFilter) { callsForAction(first: $first, after: $after, filter: $filter) { totalCount } }`;
const PROJECTS = `query($first: Int, $after: String) { partnershipProjects(first: $first, after: $after) { totalCount } }`;
const ORGANIZATIONS = `query($first: Int, $kind: OrganizationKind) { organizations(first: $first, kind: $kind) { totalCount } }`;
const WORKLIST = `query($first: Int) { practiceWorklist(first: $first) { totalCount } }`;
const FEED = `query($first: Int) { feed(first: $first) { totalCount } }`;
const HISTORY = `query($id: ID!) { history(id: $id) { type } }`;

/** The list queries (and the queries with arguments), given what no client should send. */
export function queryCases(): CorpusCase[] {
  const q = (name: string, query: string, variables: CorpusCase['variables'], field: string, actor: string | null = null): CorpusCase => ({
    name,
    query,
    variables,
    actor,
    expect: { code: 'BAD_USER_INPUT', field },
    names: field.split('.').pop(),
  });
  const pages: Array<[string, string, string | null]> = [
    ['practices', PRACTICES, null],
    ['callsForAction', CALLS, null],
    ['partnershipProjects', PROJECTS, null],
    ['organizations', ORGANIZATIONS, null],
    ['practiceWorklist', WORKLIST, 'mx'],
    ['feed', FEED, 'mx'],
  ];
  return [
    q('practices: a search holding NUL', PRACTICES, { search: `child${'\u0000'}ren` }, 'search'),
    q('practices: a search of 501 characters', PRACTICES, { search: 'x'.repeat(501) }, 'search'),
    q('practices: an excluded word holding NUL', PRACTICES, { search: 'children -\u0000' }, 'search'),
    q('practices: a country filter holding NUL', PRACTICES, { filter: { countries: ['MEX\u0000'] } }, 'filter.countries'),
    q('practices: a theme filter holding an escape', PRACTICES, { filter: { themes: [ESCAPE] } }, 'filter.themes'),
    q('practices: an owner filter of 10,000 characters', PRACTICES, { filter: { owners: ['x'.repeat(10_000)] } }, 'filter.owners'),
    q('practices: a search that is a number', PRACTICES, { search: 42 }, 'search'),
    q('practices: a filter that is a string', PRACTICES, { filter: 'MEX' }, 'filter'),
    q('similarPractices: a title holding NUL', SIMILAR, { title: 'a\u0000b' }, 'title'),
    q('similarPractices: 21 of them', SIMILAR, { first: 21 }, 'first'),
    q('practice: a malformed asOf', PRACTICE_AS_OF, (f) => ({ id: f.published, asOf: 'last tuesday' }), 'asOf'),
    q('practice: asOf an object', PRACTICE_AS_OF, (f) => ({ id: f.published, asOf: { year: 2011 } }), 'asOf'),
    q('practice: an id of another kind', PRACTICE_AS_OF, { id: unknownId('project') }, 'id'),
    q('practice: an id holding NUL', PRACTICE_AS_OF, { id: 'practice-\u0000' }, 'id'),
    q('history: a malformed id', HISTORY, { id: 'nothing' }, 'id'),
    ...pages.flatMap(([name, query, actor]) => [
      q(`${name}: first 1,000`, query, { first: 1000 }, 'first', actor),
      q(`${name}: first -1`, query, { first: -1 }, 'first', actor),
      q(`${name}: first a string`, query, { first: 'all' }, 'first', actor),
      q(`${name}: first beyond 32 bits`, query, { first: 2 ** 33 }, 'first', actor),
    ]),
    ...pages
      .filter(([name]) => name !== 'organizations' && name !== 'practiceWorklist' && name !== 'feed')
      .map(([name, query, actor]) => q(`${name}: an after cursor that is not one`, query, { after: 'not a cursor \u0000' }, 'after', actor)),
    q('callsForAction: a kind that is not one', CALLS, { filter: { kind: 'BRIBERY' } }, 'kind'),
    q('organizations: a kind that is not one', ORGANIZATIONS, { kind: 'CARTEL' }, 'kind'),
  ];
}

/** Codes a query-shape limit may answer with (GraphQL Armor's, graphql's own), until and after the limits land. */
export const LIMIT_CODES = [
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS',
];

export interface ShapeCase {
  name: string;
  query: string;
  /** Whether it is refused today by graphql itself (else by the query-cost limits, which the spec also accepts answered). */
  refusedByGraphql: boolean;
}

const nest = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${nest(depth - 1)} }`);

/** Abusive query shapes: the query-cost limits (issue 11 item 6) or graphql's own validation refuse them. */
export function shapeCases(): ShapeCase[] {
  return [
    {
      name: '1,000 aliases of platformStats',
      query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: platformStats { __typename }`).join(' ')} }`,
      refusedByGraphql: false,
    },
    { name: 'a query 40 levels deep', query: `{ __schema { types { fields { type { ${nest(40)} } } } } }`, refusedByGraphql: false },
    {
      name: '500 fragments spread',
      query: `{ ...${Array.from({ length: 500 }, (_, i) => `F${i}`).join(' ...')} } ${Array.from({ length: 500 }, (_, i) => `fragment F${i} on Query { __typename }`).join(' ')}`,
      refusedByGraphql: false,
    },
    { name: 'a fragment that spreads itself', query: `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, refusedByGraphql: true },
    { name: 'a field the schema does not have', query: `{ practices { secretField } }`, refusedByGraphql: true },
    { name: 'a query that does not parse', query: `{ practices(first: ) {`, refusedByGraphql: true },
    { name: '10,000 nested brackets', query: `{ ${'__typename @include(if: true) '.repeat(1)}${'['.repeat(10_000)} }`, refusedByGraphql: true },
    { name: 'a directive repeated 1,000 times', query: `{ __typename ${'@include(if: true) '.repeat(1000)} }`, refusedByGraphql: true },
  ];
}

export interface AcceptedCase {
  name: string;
  mutation: string;
  actor: string;
  variables(f: Fixtures): Record<string, unknown>;
}

/** Script in every text field of the mutations that create content: stored as written, no error (the corpus then checks bodyHtml). */
export function scriptCases(): AcceptedCase[] {
  // refusal-only tables, and a translation, which is added once per language
  const skip = new Set([
    'acceptInvitation',
    'resetPassword',
    'requestPracticeChanges',
    'cancelProject',
    'declineAccountRequest',
    'addPracticeTranslation',
    'revisePracticeTranslation',
  ]);
  return MUTATIONS.filter((t) => !skip.has(t.mutation) && !t.refusalOnly).flatMap((table) =>
    (table.texts ?? []).map((text) => ({
      name: `${table.mutation}: script in ${text.path} is stored, not run`,
      mutation: documentOf(table),
      actor: table.actor ?? 'mx',
      variables: (f: Fixtures) => ({ input: setPath(table.input(f), text.path, `${SCRIPT} ${text.path}`) }),
    })),
  );
}
