import { readOutbox, type OutboxMail } from '@pfp/mail';
import { DEMO_PASSWORD, demoAccountEmail } from '../demo/demo-seed';

export { DEMO_PASSWORD, demoAccountEmail };
export { hashPassword } from '../accounts/passwords';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> & { code?: string } }>;
  headers: Headers;
}

export interface Credentials {
  /** Sent as `Authorization: Bearer`. */
  token?: string | null;
  /** Sent as the `Cookie` header. */
  cookie?: string | null;
}

/** One GraphQL request over real HTTP. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  credentials: Credentials = {},
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  if (credentials.cookie) headers.cookie = credentials.cookie;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as Pick<GraphQLResult<T>, 'data' | 'errors'>;
  return { status: response.status, ...body, headers: response.headers };
}

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { token expiresAt viewer { id email role organization { id kind name country } } }
}`;

/** Signs in over the API and returns the bearer token; throws with the GraphQL errors otherwise. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const result = await graphql<{ signIn: { token: string } }>(url, SIGN_IN, { input: { email, password } });
  if (!result.data?.signIn) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.token;
}

/** Signs in as the demo account of an organisation of demo/gfmd-2011-facts.json ("mx", "iom", "gfmd-support-unit"). */
export function signInAsDemo(url: string, factsId: string): Promise<string> {
  return signIn(url, demoAccountEmail(factsId), DEMO_PASSWORD);
}

/** The last mail to `to` in the outbox, and the `token=` of its link. */
export async function lastMailTo(outbox: string, to: string): Promise<OutboxMail & { token: string | null }> {
  const mails = (await readOutbox(outbox)).filter((mail) => mail.to.toLowerCase().includes(to.toLowerCase()));
  const mail = mails[mails.length - 1];
  if (!mail) throw new Error(`no mail to ${to} in ${outbox}`);
  return { ...mail, token: /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? null };
}

export { identityRows, IDENTITY_WRITE_COUNTERS, type ActorKind, type TableActor, type TableActors, type TableApi, type TableRow } from './authorization-rows';
