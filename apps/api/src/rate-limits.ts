import { createHash } from 'node:crypto';
import { ExecutionContext, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_GUARD, HttpAdapterHost, ModuleRef, Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import {
  getStorageToken,
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  normalizeIp,
  ThrottlerGuard,
  ThrottlerModule,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { SessionService } from '@pfp/identity';
import { TooManyRequestsError } from '@pfp/kernel';
import { RedisThrottlerStorage } from './redis-throttler-storage';

export type RateLimitName = keyof AppConfig['rateLimits'];

/**
 * The mutations that mail a link or use one, and the public request for an account (answered by
 * mail); their e-mail address (if they name one) is counted too.
 */
export const ACCOUNT_MAIL_FIELDS: ReadonlySet<string> = new Set([
  'requestPasswordReset',
  'resetPassword',
  'inviteAccount',
  'acceptInvitation',
  'requestAccount',
]);
export const SIGN_IN_FIELD = 'signIn';

/** What a client hears when a limit refuses it: one message per kind, whichever of its counters (address, account, e-mail) ran out. */
const REFUSALS: Record<RateLimitName, { reason: string; message: (seconds: number) => string }> = {
  requests: { reason: 'RATE_LIMIT.REQUESTS', message: (s) => `Too many requests. Try again in ${s} seconds.` },
  writes: { reason: 'RATE_LIMIT.WRITES', message: (s) => `Too many changes in a short time. Try again in ${s} seconds.` },
  signIn: { reason: 'RATE_LIMIT.SIGN_IN', message: (s) => `Too many sign-in attempts. Try again in ${s} seconds.` },
  signInAddress: { reason: 'RATE_LIMIT.SIGN_IN', message: (s) => `Too many sign-in attempts. Try again in ${s} seconds.` },
  accountMail: { reason: 'RATE_LIMIT.ACCOUNT_MAIL', message: (s) => `Too many password reset, invitation or account requests. Try again in ${s} seconds.` },
};

/** Probes and scrapers are never refused. */
const UNLIMITED_PATHS = /^\/(health|metrics)(\/|$)/;

/** One counter to charge: the limit it counts against and who it counts (`ip:…`, `account:…`, `email:…`). */
export interface Charge {
  limit: RateLimitName;
  tracker: string;
}

/** Who a request comes from: the client address (Express's `req.ip`) and the signed-in account, if any. */
export interface Who {
  address: string;
  accountId: string | null;
}

export interface Operation {
  kind: 'query' | 'mutation' | 'subscription' | 'http';
  field?: string;
  args?: Record<string, unknown>;
}

export function normalizeEmail(email: unknown): string | null {
  if (typeof email !== 'string') return null;
  const trimmed = email.trim().toLowerCase();
  return trimmed ? trimmed.slice(0, 320) : null;
}

/**
 * The counters one resolver call is charged to, besides the request's own (`requestCharges`),
 * most specific first: sign-in against the e-mail address it names (known
 * or not: the same counter either way) and the client address; the mailed-link mutations
 * against the address, the account and the e-mail address; every other mutation against `writes`.
 */
export function chargesOf(operation: Operation, who: Who): Charge[] {
  const client = clientTrackers(who);
  const input = operation.args?.input as Record<string, unknown> | undefined;
  const email = normalizeEmail(input?.email);
  const charges: Charge[] = [];
  if (operation.kind === 'mutation' && operation.field === SIGN_IN_FIELD) {
    if (email) charges.push({ limit: 'signIn', tracker: `email:${email}` });
    charges.push({ limit: 'signInAddress', tracker: `ip:${who.address}` });
  }
  if (operation.kind === 'mutation' && operation.field && ACCOUNT_MAIL_FIELDS.has(operation.field)) {
    for (const tracker of [...client, ...(email ? [`email:${email}`] : [])]) charges.push({ limit: 'accountMail', tracker });
  }
  // Sign-in and the mailed-link mutations have their own, stricter limits instead.
  if (operation.kind === 'mutation' && charges.length === 0) for (const tracker of client) charges.push({ limit: 'writes', tracker });
  return charges;
}

/** Every request, once, before any of its fields: per client address and per account. */
export function requestCharges(who: Who): Charge[] {
  return clientTrackers(who).map((tracker) => ({ limit: 'requests', tracker }));
}

function clientTrackers(who: Who): string[] {
  return [`ip:${who.address}`, ...(who.accountId ? [`account:${who.accountId}`] : [])];
}

/** @nestjs/throttler's throttlers, one per limit of the configuration; a refusal blocks for the window. */
export function throttlerOptions(config: AppConfig, storage?: ThrottlerStorage): ThrottlerModuleOptions {
  return {
    storage,
    setHeaders: false,
    throttlers: (Object.entries(config.rateLimits) as Array<[RateLimitName, AppConfig['rateLimits'][RateLimitName]]>).map(
      ([name, { limit, windowSeconds }]) => ({
        name,
        limit,
        ttl: windowSeconds * 1000,
        blockDuration: windowSeconds * 1000,
      }),
    ),
  };
}

class Refused extends Error {
  constructor(readonly detail: ThrottlerLimitDetail) {
    super('rate limit reached');
  }
}

/** A counter's key in the throttler's storage: the hash of its limit and tracker, kept for the trackers seen lately. */
const storageKeys = new Map<string, string>();
const STORAGE_KEYS_KEPT = 10_000;
function storageKey(name: string, tracker: string): string {
  const plain = `${name}|${tracker}`;
  let key = storageKeys.get(plain);
  if (key === undefined) {
    key = createHash('sha256').update(plain).digest('hex');
    if (storageKeys.size >= STORAGE_KEYS_KEPT) storageKeys.clear();
    storageKeys.set(plain, key);
  }
  return key;
}

const CHARGED = Symbol('pfp.rateLimited');
type ChargedRequest = Request & { [CHARGED]?: Promise<Who> };
const ACCOUNT_CACHE_MS = 60_000;
const ACCOUNT_CACHE_SIZE = 10_000;

/**
 * The API's throttler guard (global): reads the request from the GraphQL context (or HTTP),
 * and charges each counter of `chargesOf` through @nestjs/throttler's storage. A refusal is a
 * TOO_MANY_REQUESTS with `retryAfterSeconds`, and the HTTP response carries `Retry-After`.
 * The client address is Express's `req.ip`: the socket's peer unless TRUST_PROXY says which
 * proxies' X-Forwarded-For to believe. graphql-ws messages have no HTTP request: not limited here.
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  private sessions: SessionService | null = null;
  /** Session token -> account, for counting only (authorisation is ActorGuard's): a minute stale at most. */
  private readonly accounts = new Map<string, { accountId: string | null; until: number }>();

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storageService: ThrottlerStorage,
    reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {
    super(options, storageService, reflector);
  }

  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    try {
      this.sessions = this.moduleRef.get(SessionService, { strict: false });
    } catch {
      this.sessions = null; // an app without identity: limits per address only
    }
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req, res } = this.getRequestResponse(context);
    if (!req) return true;
    const operation = operationOf(context);
    if (operation.kind === 'subscription' || (operation.kind === 'http' && UNLIMITED_PATHS.test(req.path ?? ''))) return true;
    const charged = req as ChargedRequest;
    // The request as a whole is charged once, first, and its refusal is every field's (fields run in parallel).
    charged[CHARGED] ??= this.whoIs(req).then(async (who) => {
      await this.charge(context, res, requestCharges(who));
      return who;
    });
    const who = await charged[CHARGED];
    await this.charge(context, res, chargesOf(operation, who));
    return true;
  }

  private async whoIs(req: Request): Promise<Who> {
    return { address: normalizeIp(req.ip ?? req.socket?.remoteAddress ?? 'unknown'), accountId: await this.accountOf(req) };
  }

  private async charge(context: ExecutionContext, res: Response | undefined, charges: Charge[]): Promise<void> {
    for (const charge of charges) {
      const throttler = this.throttlers.find((t) => t.name === charge.limit);
      if (!throttler) continue;
      const ttl = Number(throttler.ttl);
      try {
        await this.handleRequest({
          context,
          limit: Number(throttler.limit),
          ttl,
          blockDuration: Number(throttler.blockDuration ?? ttl),
          throttler,
          getTracker: () => charge.tracker,
          generateKey: (_context, tracker, name) => storageKey(name, tracker),
        });
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        const refusal = REFUSALS[charge.limit];
        const seconds = Math.max(1, Math.ceil(error.detail.timeToBlockExpire || error.detail.timeToExpire || 1));
        if (res && !res.headersSent) res.setHeader('Retry-After', String(seconds));
        throw new TooManyRequestsError(refusal.reason, refusal.message(seconds), seconds);
      }
    }
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Request; res: Response } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context).getContext<{ req?: Request; res?: Response }>();
      return { req: gql.req as Request, res: (gql.res ?? gql.req?.res) as Response };
    }
    return { req: context.switchToHttp().getRequest<Request>(), res: context.switchToHttp().getResponse<Response>() };
  }

  /** Called by handleRequest when a counter ran out; canActivate turns it into the refusal of that limit. */
  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new Refused(detail);
  }

  private async accountOf(req: Request): Promise<string | null> {
    const token = presentedToken(req);
    if (!token || !this.sessions) return null;
    const now = Date.now();
    const cached = this.accounts.get(token);
    if (cached && cached.until > now) return cached.accountId;
    const actor = await this.sessions.resolve(token);
    if (this.accounts.size >= ACCOUNT_CACHE_SIZE) this.accounts.clear();
    const accountId = actor?.accountId ?? null;
    this.accounts.set(token, { accountId, until: now + (accountId ? ACCOUNT_CACHE_MS : 5_000) });
    return accountId;
  }
}

function operationOf(context: ExecutionContext): Operation {
  if (context.getType<GqlContextType>() !== 'graphql') return { kind: 'http' };
  const gql = GqlExecutionContext.create(context);
  const info = gql.getInfo<GraphQLResolveInfo>();
  return { kind: info.operation.operation, field: info.fieldName, args: gql.getArgs<Record<string, unknown>>() };
}

/** As ActorGuard reads it: the bearer token, else the session cookie. */
function presentedToken(req: Request): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (bearer) return bearer[1];
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === 'pfp_session') return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** Sets Express's `trust proxy` from TRUST_PROXY (off by default, so X-Forwarded-For is ignored), and closes the Redis storage. */
@Injectable()
class RateLimitLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(getStorageToken()) private readonly storage: ThrottlerStorage,
  ) {}

  onModuleInit(): void {
    const instance = this.adapterHost.httpAdapter?.getInstance() as { set?: (name: string, value: unknown) => void } | undefined;
    instance?.set?.('trust proxy', this.config.trustProxy);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.storage instanceof RedisThrottlerStorage) await this.storage.close();
  }
}

/**
 * Rate limits on the whole API (README, "Rate limits"): @nestjs/throttler with the limits of
 * the configuration, counted in memory, or in Redis with REDIS_URL so that every API process
 * shares them.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => throttlerOptions(config, config.redisUrl ? await new RedisThrottlerStorage(config.redisUrl).ready() : undefined),
    }),
  ],
  providers: [RateLimitLifecycle, { provide: APP_GUARD, useClass: ApiThrottlerGuard }],
})
export class RateLimitModule {}
