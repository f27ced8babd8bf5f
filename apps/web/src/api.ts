import { createClient, type Client } from 'graphql-ws';

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
  /** Every field the server refused, merged. */
  get fields(): Record<string, string> {
    return Object.assign({}, ...this.errors.map((error) => error.extensions?.fields ?? {}));
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

let wsClient: Client | null = null;

/** The shared graphql-ws client; the browser sends the session cookie with the upgrade. */
export function subscriptions(): Client {
  if (!wsClient) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
    wsClient = createClient({ url, lazy: true, retryAttempts: 5 });
  }
  return wsClient;
}

/** After sign-in or sign-out the connection must be re-made with the new cookie. */
export function resetSubscriptions(): void {
  void wsClient?.dispose();
  wsClient = null;
}
