import type { IncomingMessage, Server } from 'node:http';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { actorOfConnection, SessionService } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import type { Context } from 'graphql-ws';

// Per HTTP server, so that two apps in one process (tests) each resolve through their own sessions.
const sessionsByServer = new WeakMap<object, SessionService>();

@Injectable()
export class LiveConnections implements OnApplicationBootstrap {
  constructor(
    private readonly sessions: SessionService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (server) sessionsByServer.set(server, this.sessions);
  }
}

interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { request?: IncomingMessage; actor?: Actor | null };
}

const asWs = (ctx: Context): WsContext => ctx as unknown as WsContext;

const presentsBearer = (ctx: WsContext): boolean =>
  typeof ctx.connectionParams?.authorization === 'string' || typeof ctx.connectionParams?.Authorization === 'string';

/**
 * The `graphql-ws` options of the GraphQL module: the connection is authenticated once, from
 * its init payload (`{ authorization: "Bearer <token>" }`) or the session cookie of the
 * upgrade; a bearer token that does not resolve is refused (4403), no credentials make a visitor.
 * `context` is not in Nest's type for these options, but Nest spreads them all into graphql-ws's
 * useServer, whose context then carries the actor for `@CurrentActor()`.
 */
export function graphqlWsOptions(path: string): { path: string; onConnect: (ctx: Context) => Promise<boolean> } {
  const options = {
    path,
    onConnect: async (connection: Context): Promise<boolean> => {
      const ctx = asWs(connection);
      const server = (ctx.extra.request?.socket as { server?: object } | undefined)?.server;
      const sessions = server ? sessionsByServer.get(server) : undefined;
      if (!sessions) return false;
      const actor = await actorOfConnection(sessions, ctx);
      if (!actor && presentsBearer(ctx)) return false;
      ctx.extra.actor = actor;
      return true;
    },
    context: (ctx: Context) => ({ actor: asWs(ctx).extra.actor ?? null }),
  };
  return options;
}
