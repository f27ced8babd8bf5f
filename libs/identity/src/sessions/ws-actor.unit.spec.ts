import type { IncomingMessage } from 'node:http';
import type { Actor } from '@pfp/kernel';
import type { SessionCheck, SessionService } from './session.service';
import { actorOfConnection, sessionOfConnection } from './ws-actor';

const actor: Actor = { accountId: 'account-1', organizationId: 'organization-1', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const sessions = {
  check: async (token: string): Promise<SessionCheck> =>
    token === 'good.sig'
      ? { ok: true, actor, sessionId: 'session-1', stored: { accountId: 'a', organizationId: 'o' } }
      : { ok: false, problem: token === 'old.sig' ? 'REVOKED' : 'FORGED' },
} as unknown as SessionService;
const upgrade = (headers: Record<string, string>): IncomingMessage => ({ headers }) as unknown as IncomingMessage;

describe('actorOfConnection', () => {
  it('reads a bearer token from connectionParams', async () => {
    expect(await actorOfConnection(sessions, { connectionParams: { authorization: 'Bearer good.sig' } })).toBe(actor);
  });
  it('reads the session cookie of the upgrade request', async () => {
    expect(await actorOfConnection(sessions, { extra: { request: upgrade({ cookie: 'a=b; pfp_session=good.sig' }) } })).toBe(actor);
  });
  it('is a visitor without a token or with a bad one', async () => {
    expect(await actorOfConnection(sessions, {})).toBeNull();
    expect(await actorOfConnection(sessions, { connectionParams: { authorization: 'Bearer bad.sig' } })).toBeNull();
  });
});

describe('sessionOfConnection', () => {
  it('gives the session id, and ignores the cookie when told to (an upgrade without Origin)', async () => {
    const request = upgrade({ cookie: 'pfp_session=good.sig' });
    expect(await sessionOfConnection(sessions, { extra: { request } }, { cookie: true })).toMatchObject({ actor, sessionId: 'session-1', source: 'cookie' });
    expect(await sessionOfConnection(sessions, { extra: { request } }, { cookie: false })).toMatchObject({ actor: null, sessionId: null, source: null });
    const bearer = await sessionOfConnection(sessions, { connectionParams: { authorization: 'Bearer good.sig' }, extra: { request } }, { cookie: false });
    expect(bearer).toMatchObject({ actor, source: 'bearer' });
  });
  it('says what is wrong with a presented token', async () => {
    expect(await sessionOfConnection(sessions, { connectionParams: { authorization: 'Bearer old.sig' } }, { cookie: true })).toMatchObject({
      actor: null,
      source: 'bearer',
      problem: 'REVOKED',
    });
    expect(await sessionOfConnection(sessions, { connectionParams: { authorization: 'Basic x' } }, { cookie: true })).toMatchObject({
      source: 'bearer',
      problem: 'MALFORMED',
    });
  });
});
