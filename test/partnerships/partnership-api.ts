import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { demoOrganizationId } from '@pfp/identity';
import type { GraphQLResult } from '@pfp/identity/testing';
import type { TestApi } from '../authorization/harness';

type Api = Pick<TestApi, 'gql'>;

/** Runs `mutation(input)` and returns its payload; throws with the GraphQL errors otherwise. */
export async function mutate<T = Record<string, unknown>>(
  api: Api,
  token: string | null,
  name: string,
  inputType: string,
  input: unknown,
  selection: string,
): Promise<T> {
  const result = await mutateRaw(api, token, name, inputType, input, selection);
  if (!result.data?.[name]) throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
  return result.data[name] as T;
}

export function mutateRaw(api: Api, token: string | null, name: string, inputType: string, input: unknown, selection = 'revision'): Promise<GraphQLResult> {
  return api.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input }, { token });
}

export const CALL = 'callForAction { id status revision responses { organizationId status } } revision';
export const PROJECT = 'partnershipProject { id status revision partners { organizationId role } updates { text metrics { indicator value } } } revision';

export async function postCall(api: Api, token: string | null, extra: Record<string, unknown> = {}): Promise<string> {
  const payload = await mutate<{ callForAction: { id: string } }>(
    api,
    token,
    'postCallForAction',
    'PostCallForActionInput',
    {
      title: 'Training on the protection of unaccompanied migrant children',
      description: 'A free, 5-day training course for up to 70 people, four times a year.',
      kind: 'TRAINING',
      countries: ['MEX'],
      ...extra,
    },
    CALL,
  );
  return payload.callForAction.id;
}

export async function respond(api: Api, token: string | null, callId: string): Promise<void> {
  await mutate(
    api,
    token,
    'respondToCallForAction',
    'RespondToCallForActionInput',
    { callId, offerKind: 'TRAINING', message: 'We will send officials.' },
    CALL,
  );
}

export async function launchProject(api: Api, token: string | null, input: Record<string, unknown> = {}): Promise<string> {
  const payload = await mutate<{ partnershipProject: { id: string } }>(
    api,
    token,
    'launchPartnershipProject',
    'LaunchPartnershipProjectInput',
    { title: 'A project', ...input },
    PROJECT,
  );
  return payload.partnershipProject.id;
}

export function postUpdate(api: Api, token: string | null, projectId: string, text: string, metrics: unknown[] = []) {
  return mutate<{ partnershipProject: { updates: Array<{ text: string }> } }>(
    api,
    token,
    'postProjectUpdate',
    'PostProjectUpdateInput',
    { projectId, text, metrics },
    PROJECT,
  );
}

export const org = demoOrganizationId;

/** A real graphql-ws client over `ws`, authenticated in its init payload. */
export function wsClient(httpUrl: string, token: string | null): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
    // The subscriptions report a refused connection; the default handler would also print it.
    onNonLazyError: () => undefined,
  });
}

export interface Received<T> {
  /** Every message, with the time it arrived. */
  messages: Array<{ at: number; data: T }>;
  /** GraphQL errors of the operation, or the close event ({ code, reason }) that ended it. */
  errors: unknown[];
  /** Resolves at the next message not yet read, rejects at the first error or after `timeoutMs`: it waits on the arrival itself. */
  next(timeoutMs?: number): Promise<{ at: number; data: T }>;
  /** Resolves when the subscription has ended (an error or complete). */
  ended: Promise<void>;
  dispose(): void;
}

/** Subscribes and records every message with the time it arrived. */
export function subscribe<T = Record<string, unknown>>(client: Client, query: string, variables: Record<string, unknown> = {}): Received<T> {
  const messages: Array<{ at: number; data: T }> = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  const wake = (): void => {
    for (const w of waiters.splice(0)) w();
  };
  let end: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) messages.push({ at: performance.now(), data: value.data as T });
        wake();
      },
      error: (error) => {
        const e = error as { code?: number; reason?: unknown };
        errors.push(typeof e?.code === 'number' ? { code: e.code, reason: String(e.reason) } : error);
        wake();
        end();
      },
      complete: () => {
        wake();
        end();
      },
    },
  );
  let read = 0;
  return {
    messages,
    errors,
    ended,
    dispose,
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length <= read) {
        if (errors.length > 0) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no message within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages[read++];
    },
  };
}

/** graphql-ws gives no acknowledgement of a subscription: give the server a moment to register it. */
export const settle = (ms = 300): Promise<void> => new Promise((r) => setTimeout(r, ms));
