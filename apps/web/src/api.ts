import type { Client } from 'graphql-ws';
import i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { fieldMessage } from './error-messages';

/** One GraphQL error as the API formats it (extensions.fields: field path -> message). */
export interface ApiError {
  message: string;
  extensions?: { code?: string; reason?: string; fields?: Record<string, string> };
}

export class ApiRequestError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
  /** What was thrown, as an ApiRequestError (a network or script error becomes one with its text). */
  static from(caught: unknown): ApiRequestError {
    return caught instanceof ApiRequestError ? caught : new ApiRequestError([{ message: String(caught) }]);
  }
  /** The answer had no such thing (a null practice, call or project). */
  static notFound(): ApiRequestError {
    return new ApiRequestError([{ message: '', extensions: { code: 'NOT_FOUND' } }]);
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
  /** Every field the server refused, merged; each in the reader's language where the catalogue words its reason. */
  get fields(): Record<string, string> {
    const merged: Record<string, string> = Object.assign({}, ...this.errors.map((error) => error.extensions?.fields ?? {}));
    if (!i18next.isInitialized) return merged;
    return Object.fromEntries(Object.entries(merged).map(([path, message]) => [path, fieldMessage(this, path, message, i18next)]));
  }
  /** The query names a field or type the server does not have (yet). */
  get unavailable(): boolean {
    return this.errors.some(
      (error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || /Cannot query field|Unknown (type|argument)/.test(error.message),
    );
  }
}

/** A typed document from graphql-codegen (documentMode string) or a plain query string. */
export type Document<TResult, TVariables> = (string | { toString(): string }) & { __apiType?: (variables: TVariables) => TResult };

export const GRAPHQL_PATH = '/graphql';

/** POSTs one operation with the session cookie; throws ApiRequestError when the answer has errors. */
export async function request<TResult, TVariables = Record<string, unknown>>(
  document: Document<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: String(document), variables: variables ?? {} }),
  });
  let body: { data?: TResult; errors?: ApiError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiRequestError([{ message: `HTTP ${response.status}`, extensions: { code: 'NETWORK' } }]);
  }
  if (body.errors?.length) throw new ApiRequestError(body.errors);
  if (!body.data) throw new ApiRequestError([{ message: `HTTP ${response.status}`, extensions: { code: 'NETWORK' } }]);
  return body.data;
}

/**
 * The part of graphql-ws's Client the pages use. graphql-ws itself (and the socket) is loaded
 * only when the first subscription or listener starts: pages without live data never fetch it.
 */
export type Subscriptions = Pick<Client, 'subscribe' | 'on'>;

let wsClient: Promise<Client> | null = null;

function connect(): Promise<Client> {
  if (!wsClient) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
    wsClient = import('graphql-ws').then(({ createClient }) => createClient({ url, lazy: true, retryAttempts: 5 }));
  }
  return wsClient;
}

/** Runs `start` on the client once it is there; the answer stops it (even before it started). */
function deferred(start: (client: Client) => () => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  void connect().then((client) => {
    if (!stopped) stop = start(client);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

const lazyClient: Subscriptions = {
  subscribe: (payload, sink) => deferred((client) => client.subscribe(payload, sink)),
  on: ((event: Parameters<Client['on']>[0], listener: Parameters<Client['on']>[1]) => deferred((client) => client.on(event, listener))) as Client['on'],
};

/** The shared graphql-ws client; the browser sends the session cookie with the upgrade. */
export function subscriptions(): Subscriptions {
  return lazyClient;
}

/** After sign-in or sign-out the connection must be re-made with the new cookie. */
export function resetSubscriptions(): void {
  const previous = wsClient;
  wsClient = null;
  void previous?.then((client) => client.dispose());
}

/** Of the versions of one thing (as loaded, as heard, as a mutation answered), the newest by revision. */
export function newestRevision<T extends { revision: number }>(...versions: Array<T | null | undefined>): T | null {
  return versions.reduce<T | null>((newest, next) => (next && (!newest || next.revision > newest.revision) ? next : newest), null);
}

/**
 * One thing kept up to date over graphql-ws (a call's page, a project's): `pick` takes the thing
 * just after each event out of a message, and the hook keeps the newest revision heard; `live`
 * says the subscription is up. Subscribes while `enabled`, again when the variables change.
 */
export function useLiveRevision<TMessage, TNode extends { revision: number }>(
  document: Document<TMessage, never>,
  variables: Record<string, unknown>,
  pick: (message: TMessage) => TNode | null | undefined,
  enabled = true,
): { heard: TNode | null; live: boolean } {
  const [heard, setHeard] = useState<TNode | null>(null);
  const [live, setLive] = useState(false);
  const picker = useRef(pick);
  picker.current = pick;
  const key = JSON.stringify(variables);
  useEffect(() => {
    setHeard(null);
    if (!enabled) return;
    const client = subscriptions();
    const dispose = client.subscribe<TMessage>(
      { query: String(document), variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: (message) => {
          setLive(true);
          const next = message.data ? picker.current(message.data as TMessage) : null;
          if (next) setHeard((previous) => newestRevision(previous, next));
        },
        error: () => setLive(false),
        complete: () => setLive(false),
      },
    );
    // the site's one socket may be open already (the header's feed uses it): 'connected' would not fire again
    setLive(true);
    const stop = client.on('connected', () => setLive(true));
    return () => {
      stop();
      dispose();
    };
  }, [document, key, enabled]);
  return { heard, live };
}
