import type { IncomingMessage, Server } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { sessionError, sessionOfConnection, SessionService, type EndedSessions, type SessionEndReason, type SessionProblem } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import type { Context } from 'graphql-ws';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { WebSocket } from 'ws';
import { topics } from './messages';
import { guardUpgrades, originVerdict } from './origin';
import { LIVE_PUBSUB } from './pubsub';

/** How often every open authenticated socket's session is checked, for sockets no message reaches. */
export const SWEEP_MS = 15_000;

interface Tracked {
  socket: WebSocket;
  sessionId: string;
  accountId: string;
  organizationId: string;
}

interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { request?: IncomingMessage; socket?: WebSocket; actor?: Actor | null; tracked?: Tracked };
}

const asWs = (ctx: Context): WsContext => ctx as unknown as WsContext;

const REASONS: Record<SessionEndReason, string> = {
  SIGNED_OUT: 'signed out',
  PASSWORD_RESET: 'the password was reset',
  ACCOUNT_DEACTIVATED: 'the account was deactivated',
  ORGANIZATION_DEACTIVATED: 'the organisation was deactivated',
};

/** graphql-ws close codes: 4401 (Unauthorized: the client does not retry) for an ended session, 4403 for a deactivated account or organisation. */
export function closeFor(problem: SessionProblem, reason?: SessionEndReason): { code: number; reason: string } {
  const error = sessionError(problem);
  const why = reason ? ` (${REASONS[reason]})` : '';
  return { code: problem === 'INACTIVE' ? 4403 : 4401, reason: `${error.code}: ${error.message}${why}`.slice(0, 123) };
}

/** Asks for the sessions of many deliveries at once: a message fanned out to a thousand sockets is one query. */
class SessionChecks {
  private pending = new Map<string, Array<{ resolve: (p: SessionProblem | null) => void; reject: (e: unknown) => void }>>();

  constructor(private readonly sessions: SessionService) {}

  problemOf(sessionId: string): Promise<SessionProblem | null> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) setImmediate(() => void this.flush());
      const waiting = this.pending.get(sessionId) ?? [];
      waiting.push({ resolve, reject });
      this.pending.set(sessionId, waiting);
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      const problems = await this.sessions.problemsOf([...batch.keys()]);
      for (const [id, waiting] of batch) {
        const problem = problems.get(id);
        for (const w of waiting) w.resolve(problem === undefined ? 'UNKNOWN' : problem);
      }
    } catch (error) {
      for (const waiting of batch.values()) for (const w of waiting) w.reject(error);
    }
  }
}

// Per HTTP server, so that two apps in one process (tests) each answer through their own.
const connectionsByServer = new WeakMap<object, LiveConnections>();

/**
 * The open graphql-ws connections of this process, by session. A session that ends (sign-out,
 * password reset, deactivation) is announced by SessionService after its commit; the notice
 * goes out on the live pub/sub (through Redis to every API process when configured), and
 * each process closes its sockets of that session. Backstops, so that a lost notice cannot
 * keep a socket alive: every message to an authenticated socket waits for a check of its
 * session (batched), and a sweep checks every open socket's session every SWEEP_MS. Only a
 * definite answer closes a socket: while the sessions cannot be read, sockets stay open.
 */
@Injectable()
export class LiveConnections implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LiveConnections');
  private readonly bySession = new Map<string, Set<Tracked>>();
  private readonly checks: SessionChecks;
  private unlisten: (() => void) | null = null;
  private subscription: Promise<number> | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  /** The last check before a delivery got no answer: logged once per outage, not once per message. */
  private checksFailing = false;

  constructor(
    private readonly sessions: SessionService,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(LIVE_PUBSUB) private readonly pubsub: PubSubEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.checks = new SessionChecks(sessions);
  }

  onModuleInit(): void {
    this.unlisten = this.sessions.onEnded((ended) => {
      this.pubsub.publish(topics.sessionsEnded, ended).catch((error: Error) => this.logger.error(`could not announce ended sessions: ${error.message}`));
    });
    this.subscription = this.pubsub.subscribe(topics.sessionsEnded, (ended: EndedSessions) => void this.closeEnded(ended), {});
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    connectionsByServer.set(server, this);
    const guarded = guardUpgrades(server, (req) => originVerdict(req.headers, this.config));
    if (guarded === 0) this.logger.warn('no WebSocket server to guard: subscriptions are not installed');
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.unlisten?.();
    const id = await this.subscription?.catch(() => null);
    // The pub/sub may already be disconnected (PubSubLifecycle): nothing is left to unsubscribe then.
    if (typeof id === 'number') await Promise.resolve(this.pubsub.unsubscribe(id)).catch(() => undefined);
  }

  static of(ctx: WsContext): LiveConnections | undefined {
    const server = (ctx.extra.request?.socket as { server?: object } | undefined)?.server;
    return server ? connectionsByServer.get(server) : undefined;
  }

  /** graphql-ws onConnect: false refuses (4403) a bad bearer token; a bad or ignored cookie makes a visitor. */
  async connect(ctx: WsContext): Promise<boolean> {
    const request = ctx.extra.request;
    // Any Origin that got here passed the upgrade guard; none at all means no browser page.
    const cookie = request ? originVerdict(request.headers, this.config) === 'allowed' : false;
    const session = await sessionOfConnection(this.sessions, ctx, { cookie });
    if (session.problem && session.source === 'bearer') return false;
    ctx.extra.actor = session.actor;
    if (session.actor && session.sessionId && session.stored && ctx.extra.socket) {
      const tracked: Tracked = { socket: ctx.extra.socket, sessionId: session.sessionId, ...session.stored };
      ctx.extra.tracked = tracked;
      const set = this.bySession.get(tracked.sessionId) ?? new Set();
      set.add(tracked);
      this.bySession.set(tracked.sessionId, set);
    }
    return true;
  }

  /**
   * graphql-ws onNext: an authenticated socket gets a message only while its session holds.
   * A check that gets no answer (the database unreachable) is no answer that the session
   * ended: the socket held a valid session at its last check, so it stays open and gets the
   * message; only a definite answer closes it (here, or from the sweep or a notice later).
   */
  async beforeDelivery(ctx: WsContext): Promise<void> {
    const tracked = ctx.extra.tracked;
    if (!tracked) return;
    let problem: SessionProblem | null;
    try {
      problem = await this.checks.problemOf(tracked.sessionId);
    } catch (error) {
      if (!this.checksFailing) this.logger.warn(`could not check sessions before delivery (${(error as Error).message}): delivering while they last held`);
      this.checksFailing = true;
      return;
    }
    if (this.checksFailing) this.logger.log('session checks answer again');
    this.checksFailing = false;
    // Closing first: graphql-ws sends nothing on a socket that is no longer open.
    if (problem) this.close(tracked, problem);
  }

  disconnect(ctx: WsContext): void {
    const tracked = ctx.extra.tracked;
    if (!tracked) return;
    const set = this.bySession.get(tracked.sessionId);
    set?.delete(tracked);
    if (set?.size === 0) this.bySession.delete(tracked.sessionId);
  }

  /** Open authenticated sockets of this process (for tests and metrics). */
  get openSessions(): number {
    return this.bySession.size;
  }

  private matching(ended: EndedSessions): string[] {
    const sessionIds = new Set(ended.sessionIds ?? []);
    const accounts = new Set(ended.accountIds ?? []);
    const organizations = new Set(ended.organizationIds ?? []);
    const hit: string[] = [];
    for (const [sessionId, set] of this.bySession) {
      const any = [...set][0];
      if (sessionIds.has(sessionId) || (any && (accounts.has(any.accountId) || organizations.has(any.organizationId)))) hit.push(sessionId);
    }
    return hit;
  }

  private async closeEnded(ended: EndedSessions): Promise<void> {
    const hit = this.matching(ended);
    if (hit.length === 0) return;
    try {
      await this.closeInvalid(hit, ended.reason);
    } catch (error) {
      this.logger.error(`could not close ended sessions' sockets: ${(error as Error).message}`);
    }
  }

  private async sweep(): Promise<void> {
    if (this.bySession.size === 0) return;
    await this.closeInvalid([...this.bySession.keys()]).catch((error: Error) => this.logger.error(`session sweep failed: ${error.message}`));
  }

  /** Closes the sockets of those sessions that no longer hold (a notice may be wider than what ended). */
  private async closeInvalid(sessionIds: string[], reason?: SessionEndReason): Promise<void> {
    const problems = await this.sessions.problemsOf(sessionIds);
    for (const sessionId of sessionIds) {
      const problem = problems.get(sessionId);
      if (!problem) continue;
      for (const tracked of [...(this.bySession.get(sessionId) ?? [])]) this.close(tracked, problem, reason);
    }
  }

  private close(tracked: Tracked, problem: SessionProblem, reason?: SessionEndReason): void {
    const { code, reason: text } = closeFor(problem, reason);
    const set = this.bySession.get(tracked.sessionId);
    set?.delete(tracked);
    if (set?.size === 0) this.bySession.delete(tracked.sessionId);
    if (tracked.socket.readyState === tracked.socket.OPEN) tracked.socket.close(code, text);
  }
}

/**
 * The `graphql-ws` options of the GraphQL module. Upgrades pass the Origin guard first (see
 * origin.ts). The connection is authenticated once, from its init payload (`{ authorization:
 * "Bearer <token>" }`) or the upgrade's Authorization header, or the session cookie when a
 * browser page of an allowed origin opened it; a bearer token that does not resolve is refused
 * (4403), no credentials make a visitor. The socket closes (4401/4403) when its session ends.
 * `context` is not in Nest's type for these options, but Nest spreads them all into
 * graphql-ws's useServer, whose context then carries the actor for `@CurrentActor()`.
 */
export function graphqlWsOptions(path: string): { path: string; onConnect: (ctx: Context) => Promise<boolean> } {
  const options = {
    path,
    onConnect: async (connection: Context): Promise<boolean> => {
      const ctx = asWs(connection);
      const connections = LiveConnections.of(ctx);
      return connections ? connections.connect(ctx) : false;
    },
    onNext: async (connection: Context): Promise<void> => {
      const ctx = asWs(connection);
      await LiveConnections.of(ctx)?.beforeDelivery(ctx);
    },
    onClose: (connection: Context): void => {
      const ctx = asWs(connection);
      LiveConnections.of(ctx)?.disconnect(ctx);
    },
    context: (ctx: Context) => ({ actor: asWs(ctx).extra.actor ?? null }),
  };
  return options;
}
