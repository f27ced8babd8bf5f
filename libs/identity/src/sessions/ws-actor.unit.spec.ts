import type { IncomingMessage } from 'node:http';
import type { Actor } from '@pfp/kernel';
import type { SessionService } from './session.service';
import { actorOfConnection } from './ws-actor';

const actor: Actor = { accountId: 'account-1', organizationId: 'organization-1', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const sessions = { resolve: async (token: string | null) => (token === 'good.sig' ? actor : null) } as unknown as SessionService;

describe('actorOfConnection', () => {
  it('reads a bearer token from connectionParams', async () => {
    expect(await actorOfConnection(sessions, { connectionParams: { authorization: 'Bearer good.sig' } })).toBe(actor);
  });
  it('reads the session cookie of the upgrade request', async () => {
    const request = { headers: { cookie: 'a=b; pfp_session=good.sig' } } as unknown as IncomingMessage;
    expect(await actorOfConnection(sessions, { extra: { request } })).toBe(actor);
  });
  it('is a visitor without a token or with a bad one', async () => {
    expect(await actorOfConnection(sessions, {})).toBeNull();
    expect(await actorOfConnection(sessions, { connectionParams: { authorization: 'Bearer bad.sig' } })).toBeNull();
  });
});
