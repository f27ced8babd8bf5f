import { ConfigError, loadConfig } from '@pfp/config';
import { DEMO_PASSWORD, demoAccountEmail, hashPassword } from '@pfp/identity/testing';
import { startTestApi, type TestApi } from '../authorization/harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt viewer { email organization { name } } } }`;
const VIEWER = `{ viewer { id email role organization { id kind country } } }`;

describe('sign-in, sessions and cookies over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const signIn = (email: string, password: string) => api.gql(SIGN_IN, { input: { email, password } });

  it('answers an unknown email and a wrong password with the same code and message', async () => {
    const unknown = await signIn('nobody@example.org', DEMO_PASSWORD);
    const wrong = await signIn(demoAccountEmail('ch'), 'not the password');
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_CREDENTIALS' },
    });
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.errors?.[0].extensions).toEqual(unknown.errors?.[0].extensions);
  });

  it('stores passwords only as argon2id hashes', async () => {
    const hashes: Array<{ password_hash: string }> = await api.dataSource.query(`SELECT password_hash FROM accounts WHERE password_hash IS NOT NULL`);
    expect(hashes.length).toBeGreaterThan(0);
    for (const { password_hash } of hashes) expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it('gives a token for Bearer use and an HttpOnly SameSite cookie, not Secure outside production', async () => {
    const result = await signIn(demoAccountEmail('mx'), DEMO_PASSWORD);
    const { token } = (result.data as { signIn: { token: string } }).signIn;
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^pfp_session=${token.replace('.', '\\.')};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=1209600/);
    expect(cookie).not.toMatch(/Secure/);

    const bearer = await api.gql(VIEWER, {}, { token });
    expect(bearer.data?.viewer).toMatchObject({ email: 'mx@demo.pfp.example', role: 'ADMIN', organization: { kind: 'STATE', country: 'MEX' } });
    const viaCookie = await api.gql(VIEWER, {}, { cookie: `pfp_session=${token}` });
    expect(viaCookie.data?.viewer).toEqual(bearer.data?.viewer);
    expect((await api.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('refuses a forged, an expired and a revoked token with UNAUTHENTICATED and a clear message', async () => {
    const token = await api.signInAsDemo('ph');
    const [sessionId] = token.split('.');

    const forged = await api.gql(VIEWER, {}, { token: `${sessionId}.${'A'.repeat(43)}` });
    expect(forged.errors?.[0]).toMatchObject({
      message: 'The session token is not valid. Sign in again.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH.INVALID_TOKEN' },
    });
    const garbage = await api.gql(VIEWER, {}, { token: 'garbage' });
    expect(garbage.errors?.[0].extensions.reason).toBe('AUTH.INVALID_TOKEN');

    await api.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [sessionId]);
    const expired = await api.gql(VIEWER, {}, { token });
    expect(expired.errors?.[0]).toMatchObject({
      message: 'Your session has expired. Sign in again.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH.SESSION_EXPIRED' },
    });

    const second = await api.signInAsDemo('ph');
    const signedOut = await api.gql(`mutation { signOut { signedOut } }`, {}, { token: second });
    expect(signedOut.data).toEqual({ signOut: { signedOut: true } });
    expect(signedOut.headers.get('set-cookie')).toMatch(/pfp_session=;.*Expires=Thu, 01 Jan 1970/);
    const revoked = await api.gql(VIEWER, {}, { token: second });
    expect(revoked.errors?.[0]).toMatchObject({
      message: 'This session was signed out. Sign in again.',
      extensions: { code: 'UNAUTHENTICATED', reason: 'AUTH.SESSION_REVOKED' },
    });

    // A stale cookie makes a visitor (and is cleared), so the site still works for reading and signing in again.
    const staleCookie = await api.gql(VIEWER, {}, { cookie: `pfp_session=${second}` });
    expect(staleCookie.data).toEqual({ viewer: null });
    expect(staleCookie.headers.get('set-cookie')).toMatch(/pfp_session=;/);
    // signIn works with a dead bearer token still attached.
    expect((await api.gql(SIGN_IN, { input: { email: demoAccountEmail('ph'), password: DEMO_PASSWORD } }, { token: second })).errors).toBeUndefined();
  });

  it('never locks an account nor slows down: guessing is rate-limited per e-mail alike, known or not (test/edge/sign-in-enumeration)', async () => {
    const email = demoAccountEmail('jp');
    const reasons: string[] = [];
    for (let i = 0; i < 10; i++) reasons.push(String((await signIn(email, `wrong ${i}`)).errors?.[0].extensions.reason));
    expect(reasons).toEqual(Array(10).fill('AUTH.INVALID_CREDENTIALS'));
    expect((await signIn(email, DEMO_PASSWORD)).errors).toBeUndefined();
    expect(await api.count(`SELECT count(*) FROM identity_audit WHERE action = 'AccountLocked'`)).toBe(0);
  });
});

describe('production', () => {
  it('refuses to start without SESSION_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: '/nonexistent' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: '/nonexistent' })).toThrow(/SESSION_SECRET is required in production/);
  });

  it('with a SESSION_SECRET: creates no demo accounts, and sets Secure cookies', async () => {
    const api = await startTestApi({ NODE_ENV: 'production', SESSION_SECRET: 'production-secret-0123456789abcdef' });
    try {
      expect(api.config).toMatchObject({ env: 'production', demo: false });
      expect(await api.count('SELECT count(*) FROM accounts')).toBe(0);
      expect(await api.count('SELECT count(*) FROM organizations')).toBe(0);
      // An account made by hand, as an operator would bootstrap the first Support Unit admin.
      await api.dataSource.query(`INSERT INTO organizations (id, kind, name, created_at) VALUES (gen_random_uuid(), 'SUPPORT_UNIT', 'SU', now())`);
      await api.dataSource.query(
        `INSERT INTO accounts (id, email, display_name, organization_id, role, password_hash, activated_at, created_at)
         SELECT gen_random_uuid(), 'admin@su.example', 'Admin', id, 'ADMIN', $1, now(), now() FROM organizations`,
        [await hashPassword('production password')],
      );
      const result = await api.gql(SIGN_IN, { input: { email: 'admin@su.example', password: 'production password' } });
      expect(result.errors).toBeUndefined();
      const cookie = result.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Secure/);
      expect((await api.gql(SIGN_IN, { input: { email: demoAccountEmail('mx'), password: DEMO_PASSWORD } })).errors?.[0].extensions.reason).toBe(
        'AUTH.INVALID_CREDENTIALS',
      );
    } finally {
      await api.close();
    }
  });
});
