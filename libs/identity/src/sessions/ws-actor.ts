import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import type { Actor } from '@pfp/kernel';
import { presentedToken } from './actor.guard';
import type { SessionProblem } from './session-errors';
import type { SessionService } from './session.service';

interface Connection {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: { request?: IncomingMessage };
}

export interface ConnectionSession {
  actor: Actor | null;
  /** The session behind the actor, to close the connection when it ends. */
  sessionId: string | null;
  /** The stored uuids of the actor's account and organisation. */
  stored: { accountId: string; organizationId: string } | null;
  /** Where the presented credentials came from, and what is wrong with them. */
  source: 'cookie' | 'bearer' | null;
  problem: SessionProblem | null;
}

/**
 * The session of a graphql-ws connection: `connectionParams.authorization` ("Bearer <token>"),
 * else the Authorization header of the upgrade, else (when `cookie` allows it) its pfp_session
 * cookie. The caller passes `cookie: false` for an upgrade without an Origin header: a cookie
 * is a browser's ambient credential, and a client that is no browser page presents its token.
 */
export async function sessionOfConnection(sessions: SessionService, connection: Connection, options: { cookie: boolean }): Promise<ConnectionSession> {
  const param = connection.connectionParams?.authorization ?? connection.connectionParams?.Authorization;
  const headers = { ...(connection.extra?.request?.headers ?? {}) };
  if (!options.cookie) delete headers.cookie;
  if (typeof param === 'string') headers.authorization = param;
  const presented = presentedToken({ headers } as Request);
  const none = { actor: null, sessionId: null, stored: null };
  if (!presented) return { ...none, source: null, problem: null };
  if (!presented.token) return { ...none, source: presented.source, problem: 'MALFORMED' };
  const check = await sessions.check(presented.token);
  return check.ok
    ? { actor: check.actor, sessionId: check.sessionId, stored: check.stored, source: presented.source, problem: null }
    : { ...none, source: presented.source, problem: check.problem };
}

/** The actor of a graphql-ws connection (cookie allowed), or null for a visitor or a bad token. */
export async function actorOfConnection(sessions: SessionService, connection: Connection): Promise<Actor | null> {
  return (await sessionOfConnection(sessions, connection, { cookie: true })).actor;
}
