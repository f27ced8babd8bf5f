import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApi } from '../authorization/harness';
import { launchProject, postUpdate, subscribe, type Received } from '../partnerships/partnership-api';

/** The site's own origin as a browser on it would send it. */
export const siteOrigin = (httpUrl: string): string => new URL(httpUrl).origin;

/** Signs in over HTTP and returns the `pfp_session=...` pair of the Set-Cookie header. */
export async function signInForCookie(api: Pick<TestApi, 'gql'>, email: string, password: string): Promise<string> {
  const result = await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email, password } });
  const cookie = result.headers.get('set-cookie')?.split(';')[0];
  if (!cookie?.startsWith('pfp_session=')) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors)}`);
  return cookie;
}

export interface Closed {
  code: number;
  reason: string;
  at: number;
}

export interface Socket {
  client: Client;
  /** Resolves with the close event of the socket. */
  closed: Promise<Closed>;
  /** Resolves with the first close within `ms`, or rejects: a deadline, not a sleep. */
  closedWithin(ms: number): Promise<Closed>;
}

/**
 * A real graphql-ws client over `ws` that sends upgrade headers as a browser would (Cookie,
 * Origin) or as a tool does (Authorization in the init payload); no retries.
 */
export function socket(httpUrl: string, options: { cookie?: string; origin?: string; token?: string } = {}): Socket {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  class Browserish extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  let onClosed: (closed: Closed) => void = () => undefined;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: Browserish,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        const e = event as { code?: number; reason?: string | Buffer };
        onClosed({ code: e.code ?? 0, reason: String(e.reason ?? ''), at: performance.now() });
      },
    },
  });
  return {
    client,
    closed,
    closedWithin(ms) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the socket was still open ${ms} ms later`)), ms);
      });
      return Promise.race([closed, deadline]).finally(() => clearTimeout(timer));
    },
  };
}

export const FEED = `subscription { feed { subjectId text } }`;
export type FeedMessage = { feed: { subjectId: string; text: string } };

/**
 * A project of `posterToken`'s organisation that `viewer` (cookie) follows, and a `feed`
 * subscription on `sock` that has delivered one of its updates: proof that the socket is
 * subscribed and private news reach it. Posts until one arrives (a subscription has no
 * acknowledgement), waiting on each arrival.
 */
export async function liveFeed(
  api: TestApi,
  posterToken: string,
  viewer: { cookie?: string; token?: string },
  sock: Socket,
): Promise<{ projectId: string; feed: Received<FeedMessage> }> {
  const projectId = await launchProject(api, posterToken, { title: 'Followed live' });
  const followed = await api.gql(`mutation($input: FollowInput!) { follow(input: $input) { following } }`, { input: { subjectId: projectId } }, viewer);
  if (followed.errors) throw new Error(`follow failed: ${JSON.stringify(followed.errors)}`);
  const feed = subscribe<FeedMessage>(sock.client, FEED);
  for (let attempt = 1; ; attempt++) {
    await postUpdate(api, posterToken, projectId, `Update ${attempt}`);
    try {
      await feed.next(1500);
      return { projectId, feed };
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}
