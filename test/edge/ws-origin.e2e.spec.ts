import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';
import { DEMO_PASSWORD, demoAccountEmail } from '@pfp/identity/testing';
import { startTestApi, type TestApi } from '../authorization/harness';
import { subscribe } from '../partnerships/partnership-api';
import { signInForCookie, siteOrigin, socket, type Socket } from './sessions-sockets';

const PARTNERS = 'https://partners.example.org';
const PUBLIC = 'https://pfp.example.org';
const VIEWER = `query { viewer { email } }`;

/** The raw upgrade: the HTTP status the server answers with, and its body when it refused. */
function upgrade(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers });
    ws.once('open', () => {
      ws.close();
      resolve({ status: 101, body: '' });
    });
    ws.once('unexpected-response', (_req, res: IncomingMessage) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.once('error', (error) => reject(error));
  });
}

/**
 * Issue 11.2: cross-site WebSocket hijacking. A page on another origin must not open an
 * authenticated socket with the visitor's cookie; the site's own origin, PUBLIC_URL's and
 * ALLOWED_ORIGINS may; a client without Origin (no browser page) must present its token.
 * HTTP keeps Apollo's CSRF prevention.
 */
describe('WebSocket upgrades check their Origin; HTTP keeps CSRF prevention', () => {
  let api: TestApi;
  let cookie: string;
  const email = demoAccountEmail('mx');
  const sockets: Socket[] = [];
  const viewerOver = async (options: Parameters<typeof socket>[1]): Promise<string | null> => {
    const s = socket(api.url, options);
    sockets.push(s);
    const answer = subscribe<{ viewer: { email: string } | null }>(s.client, VIEWER);
    return (await answer.next()).data.viewer?.email ?? null;
  };

  beforeAll(async () => {
    api = await startTestApi({ ALLOWED_ORIGINS: PARTNERS, PUBLIC_URL: PUBLIC });
    cookie = await signInForCookie(api, email, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.client.dispose()));
    await api?.close();
  });

  it('refuses an upgrade from another origin carrying the victim’s cookie with HTTP 403, before any socket opens', async () => {
    const refused = await upgrade(api.url, { origin: 'https://evil.example', cookie });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(/origin may not open a WebSocket.*ALLOWED_ORIGINS/);
    const sock = socket(api.url, { origin: 'https://evil.example', cookie });
    sockets.push(sock);
    const attempt = subscribe(sock.client, VIEWER);
    await attempt.ended;
    expect(attempt.messages).toEqual([]);
  });

  it('refuses a null origin, a look-alike and another port of the same host', async () => {
    const port = new URL(api.url).port;
    for (const origin of ['null', 'https://pfp.example.org.evil.example', `http://localhost:${Number(port) + 1}`, 'http://partners.example.org']) {
      expect({ origin, status: (await upgrade(api.url, { origin, cookie })).status }).toEqual({ origin, status: 403 });
    }
  });

  it('lets the site’s own origin (as reached, and PUBLIC_URL’s) open an authenticated socket with the cookie', async () => {
    expect(await viewerOver({ origin: siteOrigin(api.url), cookie })).toBe(email);
    expect(await viewerOver({ origin: PUBLIC, cookie })).toBe(email);
  });

  it('lets an ALLOWED_ORIGINS origin open an authenticated socket with the cookie', async () => {
    expect(await viewerOver({ origin: PARTNERS, cookie })).toBe(email);
  });

  it('lets a client without Origin connect, but only a token it presents authenticates it, never the cookie alone', async () => {
    expect(await viewerOver({ cookie })).toBeNull();
    const token = await api.signInAsDemo('hn');
    expect(await viewerOver({ token })).toBe(demoAccountEmail('hn'));
    expect(await viewerOver({ token, cookie })).toBe(demoAccountEmail('hn'));
  });

  it('keeps Apollo’s CSRF prevention on HTTP: a simple request (text/plain POST, plain GET) is refused, JSON is served', async () => {
    const post = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: JSON.stringify({ query: VIEWER }) });
    expect(post.status).toBe(400);
    expect(await post.text()).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${api.url}?query=${encodeURIComponent(VIEWER)}`, { headers: { cookie } });
    expect(get.status).toBe(400);
    const form = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: `query=${encodeURIComponent(VIEWER)}`,
    });
    expect(form.status).toBe(400);
    const json = await api.gql<{ viewer: { email: string } | null }>(VIEWER, {}, { cookie });
    expect(json.data?.viewer?.email).toBe(email);
  });
});
