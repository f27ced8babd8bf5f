import type { GraphQLResult } from '@pfp/identity/testing';
import type { TestApi } from '../authorization/harness';
import { WRITE_COUNTERS } from '../authorization/table';

/**
 * One case of the bad-input corpus (test/edge/bad-input*.ts): a request a careless client or
 * an attacker could send, and the refusal it must get. Every file of the corpus uses this
 * shape and `expectRefused`, so a case reads the same wherever it is.
 */
export interface BadInputCase<F = Record<string, string>> {
  /** What is wrong, as a test title: `postCallForAction: a co-poster that does not exist`. */
  name: string;
  /** A whole GraphQL document; give `mutation` or `query`. */
  mutation?: string;
  query?: string;
  /** The variables; a function when they name what the spec prepared (`fixtures`: ids of calls, projects, …). */
  variables: Record<string, unknown> | ((fixtures: F) => Record<string, unknown>);
  /** Who sends it: a demo organisation's facts id (`mx`, `iom`, `gfmd-support-unit`), or null for a visitor. */
  actor: string | null;
  expect: {
    /** extensions.code */
    code: string;
    /** A key of extensions.fields: the field itself (`practiceId`) or its element (`coPosterIds.1`, `partners.0.organizationId`). */
    field?: string;
  };
}

/** Whether extensions.fields names `field`: the key itself, or one under it (`themes` matches `themes.2`). */
export function namesField(fields: unknown, field: string): boolean {
  if (!fields || typeof fields !== 'object') return false;
  return Object.keys(fields).some((key) => key === field || key.startsWith(`${field}.`));
}

/** The rows every mutation may write (identity, practices, calls, projects, follows): a refusal leaves each unchanged. */
export const writeCounts = (api: Pick<TestApi, 'count'>, counters: readonly string[] = WRITE_COUNTERS): Promise<number[]> =>
  Promise.all(counters.map((sql) => api.count(sql)));

export interface CaseContext<F> {
  /** A bearer token for the case's actor (signed in once per spec, not per case). */
  token(actor: string | null): Promise<string | null>;
  fixtures: F;
  counters?: readonly string[];
}

/**
 * Sends the case over HTTP and checks, in order: the refusal's code, that it names the field,
 * that no data came back for it, that nothing was written, and that the server still answers.
 */
export async function expectRefused<F>(api: Pick<TestApi, 'gql' | 'count'>, c: BadInputCase<F>, ctx: CaseContext<F>): Promise<GraphQLResult> {
  const document = c.mutation ?? c.query;
  if (!document) throw new Error(`${c.name}: give a mutation or a query`);
  const variables = typeof c.variables === 'function' ? c.variables(ctx.fixtures) : c.variables;
  const token = await ctx.token(c.actor);
  const before = await writeCounts(api, ctx.counters);
  const result = await api.gql(document, variables, { token });
  const error = result.errors?.[0];
  expect({ case: c.name, code: error?.extensions.code }).toEqual({ case: c.name, code: c.expect.code });
  if (c.expect.field) {
    expect({ case: c.name, fields: error?.extensions.fields, names: namesField(error?.extensions.fields, c.expect.field) }).toMatchObject({
      case: c.name,
      names: true,
    });
  }
  for (const value of Object.values(result.data ?? {})) expect(value ?? null).toBeNull();
  expect(await writeCounts(api, ctx.counters)).toEqual(before);
  const alive = await api.gql<{ __typename: string }>('{ __typename }');
  expect(alive.data?.__typename).toBe('Query');
  return result;
}

/**
 * One session per demo account for a whole corpus run (null: a visitor), signed in on first
 * use: `api` is read when a token is first asked for, so it may be assigned in a beforeAll.
 */
export function demoTokens(api: () => Pick<TestApi, 'signInAsDemo'>): (actor: string | null) => Promise<string | null> {
  const tokens = new Map<string, Promise<string>>();
  return (actor) => {
    if (actor === null) return Promise.resolve(null);
    if (!tokens.has(actor)) tokens.set(actor, api().signInAsDemo(actor));
    return tokens.get(actor)!;
  };
}
