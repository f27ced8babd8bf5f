import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import type { Actor } from '@pfp/kernel';
import { presentedToken } from './actor.guard';
import type { SessionService } from './session.service';

/**
 * The actor of a graphql-ws connection: `connectionParams.authorization` ("Bearer <token>")
 * or the pfp_session cookie of the upgrade request. For the GraphQL module's subscription
 * context: `context: async (ctx) => ({ actor: await actorOfConnection(sessions, ctx) })`;
 * `@CurrentActor()` then reads `context.actor`. A bad token is a visitor here.
 */
export async function actorOfConnection(
  sessions: SessionService,
  connection: { connectionParams?: Readonly<Record<string, unknown>>; extra?: { request?: IncomingMessage } },
): Promise<Actor | null> {
  const param = connection.connectionParams?.authorization ?? connection.connectionParams?.Authorization;
  const headers = { ...(connection.extra?.request?.headers ?? {}) };
  if (typeof param === 'string') headers.authorization = param;
  const presented = presentedToken({ headers } as Request);
  return presented?.token ? sessions.resolve(presented.token) : null;
}
