import { request, type IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from '../authorization/harness';

interface Wire {
  status: number;
  headers: IncomingMessage['headers'];
  /** The bytes as sent, before any decoding. */
  body: Buffer;
}

/** node:http, not fetch: fetch decodes on the way, and the bytes on the wire are what is checked. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Wire> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const decode = (wire: Wire): string =>
  (wire.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(wire.body)
    : wire.headers['content-encoding'] === 'gzip'
      ? gunzipSync(wire.body)
      : wire.body
  ).toString();

/** The API's answers over real HTTP: helmet's headers on all of them, compression where it pays, none on the socket. */
describe('security headers and compression on the whole API', () => {
  let api: TestApi;
  let origin: string;

  beforeAll(async () => {
    api = await startTestApi();
    origin = new URL(api.url).origin;
  }, 120_000);
  afterAll(() => api?.close());

  const BIG_QUERY = JSON.stringify({ query: '{ practices(first: 50) { edges { node { id title summary countries themeIds } } } }' });
  const graphql = (acceptEncoding: string) =>
    send(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding }, body: BIG_QUERY });

  it('sends the security headers on GraphQL, feeds, exports, health and metrics answers alike', async () => {
    const answers = {
      graphql: await graphql('identity'),
      feed: await send(`${origin}/feeds/practices.atom`),
      missing: await send(`${origin}/feeds/nothing.atom`),
      csv: await send(`${origin}/export/practices.csv`),
      live: await send(`${origin}/health/live`),
      ready: await send(`${origin}/health/ready`),
      metrics: await send(`${origin}/metrics`),
    };
    for (const [name, answer] of Object.entries(answers)) {
      expect({ name, status: answer.status < 500, headers: pick(answer.headers) }).toEqual({
        name,
        status: true,
        headers: {
          'content-security-policy': expect.stringContaining("default-src 'self'") as unknown,
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'DENY',
          'referrer-policy': 'strict-origin-when-cross-origin',
          'cross-origin-resource-policy': 'same-origin',
          'x-powered-by': undefined,
        },
      });
    }
    expect(answers.live.status).toBe(200);
    expect(answers.ready.status).toBe(200);
    expect(answers.missing.status).toBe(404);
    expect(answers.metrics.body.toString()).toContain('# TYPE');
  });

  it('keeps every GraphQL answer out of caches: no-store on POST and GET, answers and refusals', async () => {
    const get = await send(`${origin}/graphql?query=${encodeURIComponent('{ practices(first: 1) { totalCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    const refused = await send(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nothingHere }' }),
    });
    const answers = { post: await graphql('identity'), get, refused };
    expect(Object.fromEntries(Object.entries(answers).map(([name, a]) => [name, a.headers['cache-control']]))).toEqual({
      post: 'no-store',
      get: 'no-store',
      refused: 'no-store',
    });
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body.toString())).toMatchObject({ data: { practices: { totalCount: expect.any(Number) as unknown } } });
  });

  it('compresses a GraphQL answer over 1 KB (br preferred, gzip else, nothing when not asked) and /metrics', async () => {
    const [br, gzip, plain] = [await graphql('br, gzip'), await graphql('gzip'), await graphql('identity')];
    expect([br.headers['content-encoding'], gzip.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['br', 'gzip', undefined]);
    const body = plain.body.toString();
    expect(body.length).toBeGreaterThan(1024);
    expect(JSON.parse(body)).toMatchObject({ data: { practices: { edges: expect.any(Array) as unknown } } });
    expect(decode(br)).toBe(body);
    expect(decode(gzip)).toBe(body);
    expect(br.body.length).toBeLessThan(body.length * 0.7);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);

    const metrics = await send(`${origin}/metrics`, { headers: { 'accept-encoding': 'gzip' } });
    expect(metrics.headers['content-encoding']).toBe('gzip');
    expect(decode(metrics)).toContain('# TYPE');
    const csv = await send(`${origin}/export/practices.csv`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(csv.headers['content-encoding']).toBe('br');
    expect(decode(csv)).toBe((await send(`${origin}/export/practices.csv`)).body.toString());
    const feed = await send(`${origin}/feeds/practices.atom`, { headers: { 'accept-encoding': 'br' } });
    expect(feed.headers['content-encoding']).toBe('br');
    expect(decode(feed)).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });

  it('leaves the graphql-ws upgrade uncompressed and working', async () => {
    const socket = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws', {
      headers: { 'accept-encoding': 'br, gzip' },
      perMessageDeflate: false,
    });
    const upgraded = new Promise<IncomingMessage>((resolve) => socket.once('upgrade', resolve));
    const acked = new Promise<unknown>((resolve, reject) => {
      socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString())));
      socket.once('error', reject);
    });
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    const response = await upgraded;
    expect(response.statusCode).toBe(101);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(await acked).toEqual({ type: 'connection_ack' });
    socket.close();
  });
});

const pick = (headers: IncomingMessage['headers']) =>
  Object.fromEntries(
    ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-resource-policy', 'x-powered-by'].map((name) => [
      name,
      headers[name],
    ]),
  );
