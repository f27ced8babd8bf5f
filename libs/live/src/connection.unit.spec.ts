import type { SessionProblem, SessionService } from '@pfp/identity';
import { PubSub } from 'graphql-subscriptions';
import type { WebSocket } from 'ws';
import { LiveConnections } from './connection';

/** The sessions as the database answers them, or an outage (every check throws). */
function sessions(answer: () => Map<string, SessionProblem | null>): SessionService {
  return { problemsOf: async () => answer(), onEnded: () => () => undefined } as unknown as SessionService;
}

function socket(): WebSocket & { closed: [number, string][] } {
  const s = { OPEN: 1, readyState: 1, closed: [] as [number, string][], close: (code: number, reason: string) => void s.closed.push([code, reason]) };
  return s as unknown as WebSocket & { closed: [number, string][] };
}

const tracked = (ws: WebSocket) => ({ extra: { tracked: { socket: ws, sessionId: 'session-1', accountId: 'account-1', organizationId: 'organization-1' } } });

describe('LiveConnections.beforeDelivery', () => {
  it('keeps a socket open and delivers while its session cannot be checked; closes it on the first definite answer that it ended', async () => {
    let outage = true;
    const connections = new LiveConnections(
      sessions(() => {
        if (outage) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return new Map([['session-1', 'REVOKED']]);
      }),
      {} as never,
      new PubSub(),
      {} as never,
    );
    const ws = socket();
    await connections.beforeDelivery(tracked(ws));
    await connections.beforeDelivery(tracked(ws));
    expect(ws.closed).toEqual([]);
    outage = false;
    await connections.beforeDelivery(tracked(ws));
    expect(ws.closed.map(([code]) => code)).toEqual([4401]);
  });

  it('delivers to a socket whose session holds', async () => {
    const connections = new LiveConnections(
      sessions(() => new Map([['session-1', null]])),
      {} as never,
      new PubSub(),
      {} as never,
    );
    const ws = socket();
    await connections.beforeDelivery(tracked(ws));
    expect(ws.closed).toEqual([]);
  });
});
