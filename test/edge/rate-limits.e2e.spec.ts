import { DEMO_PASSWORD, demoAccountEmail } from '@pfp/identity/testing';
import { startTestApi, type TestApi } from '../authorization/harness';

interface Reply {
  status: number;
  retryAfterHeader: string | null;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

/** One GraphQL request over real HTTP, with headers of our choosing (X-Forwarded-For). */
async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Pick<Reply, 'data' | 'errors'>;
  return { status: response.status, retryAfterHeader: response.headers.get('retry-after'), ...body };
}

const reasonOf = (reply: Reply): unknown => reply.errors?.[0]?.extensions.reason ?? 'OK';
const SIGN_OUT = `mutation { signOut { signedOut } }`;
const MARK_READ = `mutation { markFeedRead { unreadCount } }`;
const VIEWER = `{ viewer { id } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }`;

describe('rate limits on the whole API, per client address (real HTTP, trust proxy off)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_WRITES: '5/1m', RATE_LIMIT_REQUESTS: '30/1m' });
  });
  afterAll(() => api?.close());

  it('limits a burst of mutations from one address with TOO_MANY_REQUESTS and the time to wait, while queries go on to their own limit', async () => {
    const burst: Reply[] = [];
    for (let i = 0; i < 8; i++) burst.push(await post(api.url, SIGN_OUT));
    expect(burst.map(reasonOf)).toEqual([...Array(5).fill('OK'), ...Array(3).fill('RATE_LIMIT.WRITES')]);
    const refused = burst[7];
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Too many changes in a short time\. Try again in \d+ seconds\.$/),
      extensions: { code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMIT.WRITES', retryAfterSeconds: expect.any(Number) },
    });
    const wait = refused.errors?.[0].extensions.retryAfterSeconds as number;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.retryAfterHeader).toBe(String(wait));
    expect(refused.data).toBeNull();

    // A forged X-Forwarded-For does not make another client: Express's trust proxy is off by default.
    const spoofed = await post(api.url, SIGN_OUT, {}, { 'x-forwarded-for': '198.51.100.7' });
    expect(reasonOf(spoofed)).toBe('RATE_LIMIT.WRITES');

    // Queries are not writes: they go on, up to the limit of every request (30, 9 used so far).
    const queries: unknown[] = [];
    for (let i = 0; i < 22; i++) queries.push(reasonOf(await post(api.url, VIEWER, {}, { 'x-forwarded-for': `198.51.100.${i}` })));
    expect(queries).toEqual([...Array(21).fill('OK'), 'RATE_LIMIT.REQUESTS']);

    // Probes are never refused; the server still answers.
    expect((await fetch(api.url.replace('/graphql', '/health/live'))).status).toBeLessThan(500);
  });

  it('counts a request once, however many fields it asks for', async () => {
    // The limit of every request is spent by now: an alias-heavy query is one more refusal, not many.
    const reply = await post(api.url, `{ a: viewer { id } b: viewer { id } c: viewer { id } }`);
    expect(reply.errors?.map((error) => error.extensions.reason)).toEqual(['RATE_LIMIT.REQUESTS', 'RATE_LIMIT.REQUESTS', 'RATE_LIMIT.REQUESTS']);
  });
});

describe('rate limits per account, per e-mail address and behind a trusted proxy (real HTTP, TRUST_PROXY=loopback)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ TRUST_PROXY: 'loopback', RATE_LIMIT_WRITES: '3/1m', RATE_LIMIT_SIGN_IN_ADDRESS: '4/15m', RATE_LIMIT_ACCOUNT_MAIL: '2/1h' });
  });
  afterAll(() => api?.close());

  const from = (address: string, token?: string): Record<string, string> => ({
    'x-forwarded-for': address,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });

  it('takes the client address from the trusted proxy: each address has its own counter', async () => {
    const first: unknown[] = [];
    for (let i = 0; i < 4; i++) first.push(reasonOf(await post(api.url, SIGN_OUT, {}, from('203.0.113.1'))));
    expect(first).toEqual(['OK', 'OK', 'OK', 'RATE_LIMIT.WRITES']);
    expect(reasonOf(await post(api.url, SIGN_OUT, {}, from('203.0.113.2')))).toBe('OK');
  });

  it('counts an account across addresses', async () => {
    const signedIn = await post(api.url, SIGN_IN, { input: { email: demoAccountEmail('mx'), password: DEMO_PASSWORD } }, from('203.0.113.3'));
    const token = (signedIn.data?.signIn as { token: string }).token;
    const replies: unknown[] = [];
    for (let i = 4; i <= 7; i++) replies.push(reasonOf(await post(api.url, MARK_READ, {}, from(`203.0.113.${i}`, token))));
    expect(replies).toEqual(['OK', 'OK', 'OK', 'RATE_LIMIT.WRITES']);
  });

  it('limits sign-in attempts per client address, whatever e-mails they name', async () => {
    const replies: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      replies.push(reasonOf(await post(api.url, SIGN_IN, { input: { email: `someone-${i}@example.org`, password: 'a guess' } }, from('203.0.113.20'))));
    }
    expect(replies).toEqual([...Array(4).fill('AUTH.INVALID_CREDENTIALS'), 'RATE_LIMIT.SIGN_IN']);
    expect(reasonOf(await post(api.url, SIGN_IN, { input: { email: 'someone-9@example.org', password: 'a guess' } }, from('203.0.113.21')))).toBe(
      'AUTH.INVALID_CREDENTIALS',
    );
  });

  it('limits password reset mails per e-mail address, known or not, from any address', async () => {
    for (const email of [demoAccountEmail('de'), 'nobody-here@example.org']) {
      const replies = [
        reasonOf(await post(api.url, REQUEST_RESET, { input: { email } }, from('203.0.113.30'))),
        reasonOf(await post(api.url, REQUEST_RESET, { input: { email } }, from('203.0.113.31'))),
        reasonOf(await post(api.url, REQUEST_RESET, { input: { email } }, from('203.0.113.32'))),
      ];
      expect(replies).toEqual(['OK', 'OK', 'RATE_LIMIT.ACCOUNT_MAIL']);
    }
    const refused = await post(api.url, REQUEST_RESET, { input: { email: 'nobody-here@example.org' } }, from('203.0.113.33'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(refused.errors?.[0].extensions.retryAfterSeconds as number).toBeLessThanOrEqual(3600);
    // Another address asks for another e-mail: its own counters.
    expect(reasonOf(await post(api.url, REQUEST_RESET, { input: { email: demoAccountEmail('es') } }, from('203.0.113.34')))).toBe('OK');
  });
});
