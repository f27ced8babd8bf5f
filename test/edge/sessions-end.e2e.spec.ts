import { demoAccountId, SessionService } from '@pfp/identity';
import { DEMO_PASSWORD, demoAccountEmail } from '@pfp/identity/testing';
import { startTestApi, type TestApi } from '../authorization/harness';
import { org, postCall, postUpdate, subscribe } from '../partnerships/partnership-api';
import { liveFeed, signInForCookie, siteOrigin, socket, type Socket } from './sessions-sockets';

const SIGN_OUT = `mutation($input: SignOutInput) { signOut(input: $input) { signedOut } }`;

/**
 * Issue 11.1: a session that ends ends everywhere: its open graphql-ws sockets close within a
 * second (the "session ended" notice on the live pub/sub), and a socket that missed the notice
 * still delivers nothing private (its session is checked before each message).
 */
describe('a session that ends closes its live sockets', () => {
  let api: TestApi;
  let mx: string;
  const sockets: Socket[] = [];
  const open = (options: Parameters<typeof socket>[1]): Socket => {
    const s = socket(api.url, { origin: siteOrigin(api.url), ...options });
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    api = await startTestApi();
    mx = await api.signInAsDemo('mx');
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.client.dispose()));
    await api?.close();
  });

  it('signOut over HTTP closes the cookie’s feed socket within 1 s (4401), and another session of the account keeps its own', async () => {
    const cookie = await signInForCookie(api, demoAccountEmail('iom'), DEMO_PASSWORD);
    const otherSession = await api.signInAsDemo('iom');
    const sock = open({ cookie });
    const other = open({ token: otherSession });
    const { projectId, feed } = await liveFeed(api, mx, { cookie }, sock);
    const otherFeed = subscribe<{ feed: { text: string } }>(other.client, `subscription { feed { text } }`);

    const started = performance.now();
    const out = await api.gql<{ signOut: { signedOut: boolean } }>(SIGN_OUT, {}, { cookie });
    expect(out.data?.signOut.signedOut).toBe(true);
    const closed = await sock.closedWithin(1000);
    expect(closed.at - started).toBeLessThan(1000);
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/^AUTH\.SESSION_REVOKED: /);

    const seen = feed.messages.length;
    await postUpdate(api, mx, projectId, 'After the sign-out');
    expect((await otherFeed.next()).data.feed.text).toBe('After the sign-out');
    expect(feed.messages).toHaveLength(seen);
  });

  it('signOut everywhere closes every socket of the account, bearer ones too', async () => {
    const cookie = await signInForCookie(api, demoAccountEmail('ch'), DEMO_PASSWORD);
    const token = await api.signInAsDemo('ch');
    const byCookie = open({ cookie });
    const byToken = open({ token });
    await liveFeed(api, mx, { token }, byToken);
    subscribe(byCookie.client, `subscription { feed { text } }`);
    await api.gql(SIGN_OUT, { input: { everywhere: true } }, { cookie });
    const [a, b] = await Promise.all([byCookie.closedWithin(1000), byToken.closedWithin(1000)]);
    expect([a.code, b.code]).toEqual([4401, 4401]);
  });

  it('a password reset closes the account’s sockets within 1 s', async () => {
    const email = demoAccountEmail('hn');
    const cookie = await signInForCookie(api, email, DEMO_PASSWORD);
    const sock = open({ cookie });
    await liveFeed(api, mx, { cookie }, sock);
    await api.gql(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }`, { input: { email } });
    const { token } = await api.lastMailTo(email);
    const started = performance.now();
    const reset = await api.gql<{ resetPassword: { passwordReset: boolean } }>(
      `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { passwordReset } }`,
      { input: { token, password: 'a new password for Honduras' } },
    );
    expect(reset.data?.resetPassword.passwordReset).toBe(true);
    const closed = await sock.closedWithin(1000);
    expect(closed.at - started).toBeLessThan(1000);
    expect(closed.code).toBe(4401);
  });

  it('the Support Unit deactivating an organisation closes its members’ sockets within 1 s (4403)', async () => {
    const su = await api.signInAsDemo('gfmd-support-unit');
    const cookie = await signInForCookie(api, demoAccountEmail('gt'), DEMO_PASSWORD);
    const sock = open({ cookie });
    const { projectId, feed } = await liveFeed(api, mx, { cookie }, sock);
    const started = performance.now();
    const done = await api.gql(
      `mutation($input: DeactivateOrganizationInput!) { deactivateOrganization(input: $input) { organization { id } } }`,
      { input: { id: org('gt') } },
      { token: su },
    );
    expect(done.errors).toBeUndefined();
    const closed = await sock.closedWithin(1000);
    expect(closed.at - started).toBeLessThan(1000);
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/^AUTH\.ACCOUNT_INACTIVE: .*organisation was deactivated/);
    const seen = feed.messages.length;
    await postUpdate(api, mx, projectId, 'After the deactivation');
    expect(feed.messages).toHaveLength(seen);
  });

  it('SessionService.endAllFor (for an account’s deactivation, or any flow outside a transaction) closes the account’s sockets', async () => {
    const token = await api.signInAsDemo('es');
    const sock = open({ token });
    await liveFeed(api, mx, { token }, sock);
    const ended = await api.app.get(SessionService).endAllFor(demoAccountId('es').replace(/^account-/, ''), 'ACCOUNT_DEACTIVATED');
    expect(ended).toBeGreaterThanOrEqual(1);
    const closed = await sock.closedWithin(1000);
    expect(closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/the account was deactivated/) });
  });

  it('a socket that missed the notice delivers nothing once its session has ended: the message closes it instead', async () => {
    const cookie = await signInForCookie(api, demoAccountEmail('se'), DEMO_PASSWORD);
    const sock = open({ cookie });
    const { projectId, feed } = await liveFeed(api, mx, { cookie }, sock);
    // Revoked behind the API's back: no notice goes out.
    const token = decodeURIComponent(cookie.slice('pfp_session='.length));
    await api.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [token.split('.')[0]]);
    const seen = feed.messages.length;
    await postUpdate(api, mx, projectId, 'Private news for a dead session');
    const closed = await sock.closedWithin(3000);
    expect(closed.code).toBe(4401);
    expect(feed.messages).toHaveLength(seen);
    expect(feed.messages.map((m) => m.data.feed.text)).not.toContain('Private news for a dead session');
  });

  it('every subscription of the socket ends with it (projectUpdated, callForActionUpdated), and visitors’ sockets stay open', async () => {
    const cookie = await signInForCookie(api, demoAccountEmail('de'), DEMO_PASSWORD);
    const sock = open({ cookie });
    const visitor = open({});
    const { projectId, feed } = await liveFeed(api, mx, { cookie }, sock);
    const callId = await postCall(api, mx);
    const onProject = subscribe(sock.client, `subscription($id: ID!) { projectUpdated(projectId: $id) { type } }`, { id: projectId });
    const onCall = subscribe(sock.client, `subscription($id: ID!) { callForActionUpdated(callId: $id) { type } }`, { id: callId });
    const visitorStream = subscribe<{ projectUpdated: { type: string } }>(
      visitor.client,
      `subscription($id: ID!) { projectUpdated(projectId: $id) { type } }`,
      {
        id: projectId,
      },
    );
    await api.gql(SIGN_OUT, {}, { cookie });
    await sock.closedWithin(1000);
    await Promise.all([feed.ended, onProject.ended, onCall.ended]);
    for (const ended of [feed, onProject, onCall]) expect(ended.errors).toContainEqual(expect.objectContaining({ code: 4401 }));
    // The visitor's socket is still subscribed and delivering.
    for (let attempt = 1; visitorStream.messages.length === 0; attempt++) {
      await postUpdate(api, mx, projectId, `Public news ${attempt}`);
      await visitorStream.next(1500).catch((error: Error) => {
        if (attempt >= 5) throw error;
      });
    }
    expect(onProject.messages).toEqual([]);
  });
});
