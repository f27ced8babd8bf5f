import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseWebhookConfig, type WebhookConfig } from './webhook-config';

export type AppEnv = 'development' | 'production' | 'test';
export type EventStoreKind = 'postgres' | 'kurrentdb';

export interface AppConfig {
  env: AppEnv;
  /** PORT, 3000. */
  port: number;
  /** DATABASE_URL; absent => an embedded PostgreSQL under `<dataDir>/pg`. */
  databaseUrl?: string;
  /** EVENT_STORE, `postgres` by default. */
  eventStore: EventStoreKind;
  /** KURRENTDB_URL, required when eventStore is `kurrentdb`. */
  kurrentdbUrl?: string;
  /** REDIS_URL: subscription fan-out across API instances. */
  redisUrl?: string;
  /** SMTP_URL; absent => mail is written to `<dataDir>/outbox`. */
  smtpUrl?: string;
  /** SESSION_SECRET; outside production a generated one is kept in `<dataDir>/session-secret`. */
  sessionSecret: string;
  /** True unless NODE_ENV=production or DEMO=false. */
  demo: boolean;
  /** DATA_DIR, `./data` resolved against the working directory. */
  dataDir: string;
  /** EMBEDDED_PG_PORT (54329): the embedded PostgreSQL's port, never 5432. */
  embeddedPgPort: number;
  /** LOG_LEVEL: pino level; `info`, or `warn` under test. */
  logLevel: LogLevel;
  /** RUN_CONSUMERS (true): run projections and notifiers in this process; false when a projector app runs them. */
  runConsumers: boolean;
  /** PUBLIC_URL: the site's public origin (and path), for links in mails and feeds; absent => this server's own address. */
  publicUrl?: string;
  /** ALLOWED_ORIGINS: comma-separated origins, besides the site's own, that browsers and WebSocket upgrades may come from. */
  allowedOrigins: string[];
  /** RATE_LIMIT_*: how many requests of each kind a client may make in a window (README, "Rate limits"). */
  rateLimits: RateLimits;
  /**
   * TRUST_PROXY (false): Express's `trust proxy`, whose X-Forwarded-For gives the client address
   * the rate limits count by. False: the socket's peer; a number: that many proxies in front;
   * a list: the proxies' addresses or subnets (or loopback, linklocal, uniquelocal).
   */
  trustProxy: false | number | string[];
  /** WEBHOOK* and WEBHOOKS_*: endpoint safety, timeouts and retries (README, "Configuration"). */
  webhooks: WebhookConfig;
}

/** `limit` requests in `windowSeconds`; past it, refused until the window has passed. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export interface RateLimits {
  /** RATE_LIMIT_REQUESTS: every request (GraphQL or HTTP), per client address and per account. */
  requests: RateLimit;
  /** RATE_LIMIT_WRITES: every mutation, per client address and per account. */
  writes: RateLimit;
  /** RATE_LIMIT_SIGN_IN: sign-in attempts per e-mail address, whether it has an account or not. */
  signIn: RateLimit;
  /** RATE_LIMIT_SIGN_IN_ADDRESS: sign-in attempts per client address. */
  signInAddress: RateLimit;
  /** RATE_LIMIT_ACCOUNT_MAIL: password resets and invitations (asked, used), per client address, per account and per e-mail address. */
  accountMail: RateLimit;
}

/** Production and development defaults; under NODE_ENV=test every limit is 100,000 so a suite from 127.0.0.1 is never refused. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  requests: { limit: 600, windowSeconds: 60 },
  writes: { limit: 60, windowSeconds: 60 },
  signIn: { limit: 5, windowSeconds: 15 * 60 },
  signInAddress: { limit: 30, windowSeconds: 15 * 60 },
  accountMail: { limit: 10, windowSeconds: 60 * 60 },
};

const RATE_LIMIT_VARIABLES: Record<keyof RateLimits, string> = {
  requests: 'RATE_LIMIT_REQUESTS',
  writes: 'RATE_LIMIT_WRITES',
  signIn: 'RATE_LIMIT_SIGN_IN',
  signInAddress: 'RATE_LIMIT_SIGN_IN_ADDRESS',
  accountMail: 'RATE_LIMIT_ACCOUNT_MAIL',
};

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Every bad variable at once, so an operator fixes the environment in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads the configuration from the environment. Outside production, a missing
 * SESSION_SECRET is generated once and kept in `<dataDir>/session-secret`, so sessions
 * survive restarts; this is the only side effect.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const nodeEnv = get('NODE_ENV') ?? 'development';
  let appEnv: AppEnv = 'development';
  if (nodeEnv === 'development' || nodeEnv === 'production' || nodeEnv === 'test') appEnv = nodeEnv;
  else problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);

  const port = parsePort('PORT', get('PORT'), 3000, problems, true);
  const embeddedPgPort = parsePort('EMBEDDED_PG_PORT', get('EMBEDDED_PG_PORT'), 54329, problems, false);
  if (embeddedPgPort === 5432) problems.push('EMBEDDED_PG_PORT must not be 5432: a system PostgreSQL may listen there');

  const eventStoreRaw = get('EVENT_STORE') ?? 'postgres';
  let eventStore: EventStoreKind = 'postgres';
  if (eventStoreRaw === 'postgres' || eventStoreRaw === 'kurrentdb') eventStore = eventStoreRaw;
  else problems.push(`EVENT_STORE must be postgres or kurrentdb (got "${eventStoreRaw}")`);

  const databaseUrl = parseUrl('DATABASE_URL', get('DATABASE_URL'), ['postgres:', 'postgresql:'], problems);
  const kurrentdbUrl = parseUrl('KURRENTDB_URL', get('KURRENTDB_URL'), ['kurrentdb:', 'kurrentdb+discover:', 'esdb:', 'esdb+discover:'], problems);
  if (eventStore === 'kurrentdb' && !get('KURRENTDB_URL')) problems.push('KURRENTDB_URL is required when EVENT_STORE=kurrentdb');
  const redisUrl = parseUrl('REDIS_URL', get('REDIS_URL'), ['redis:', 'rediss:'], problems);
  const smtpUrl = parseUrl('SMTP_URL', get('SMTP_URL'), ['smtp:', 'smtps:'], problems);

  const demoRaw = get('DEMO');
  if (demoRaw !== undefined && demoRaw !== 'true' && demoRaw !== 'false') problems.push(`DEMO must be true or false (got "${demoRaw}")`);
  const demo = appEnv !== 'production' && demoRaw !== 'false';

  const logLevelRaw = get('LOG_LEVEL') ?? (appEnv === 'test' ? 'warn' : 'info');
  const runConsumersRaw = get('RUN_CONSUMERS') ?? 'true';
  if (!['true', 'false'].includes(runConsumersRaw)) problems.push(`RUN_CONSUMERS must be true or false (got "${runConsumersRaw}")`);
  const runConsumers = runConsumersRaw !== 'false';
  const logLevel = LOG_LEVELS.find((level) => level === logLevelRaw) ?? 'info';
  if (!LOG_LEVELS.includes(logLevelRaw as LogLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevelRaw}")`);

  const dataDir = resolve(get('DATA_DIR') ?? 'data');

  const publicUrl = parseUrl('PUBLIC_URL', get('PUBLIC_URL'), ['http:', 'https:'], problems)?.replace(/\/+$/, '');
  const allowedOrigins: string[] = [];
  for (const raw of (get('ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)) {
    try {
      const url = new URL(raw);
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== raw.replace(/\/+$/, '')) throw new Error('not an origin');
      allowedOrigins.push(url.origin);
    } catch {
      problems.push(`ALLOWED_ORIGINS must be a comma-separated list of origins such as https://pfp.example.org (got "${raw}")`);
    }
  }

  const rateLimits = {} as RateLimits;
  for (const [key, name] of Object.entries(RATE_LIMIT_VARIABLES) as Array<[keyof RateLimits, string]>) {
    const fallback = appEnv === 'test' ? { ...DEFAULT_RATE_LIMITS[key], limit: 100_000 } : DEFAULT_RATE_LIMITS[key];
    rateLimits[key] = parseRateLimit(name, get(name), fallback, problems);
  }
  const trustProxy = parseTrustProxy(get('TRUST_PROXY'), problems);
  const webhooks = parseWebhookConfig(get, appEnv === 'production', problems);

  let sessionSecret = get('SESSION_SECRET');
  if (!sessionSecret && appEnv === 'production') {
    problems.push('SESSION_SECRET is required in production (the API refuses to start without it)');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  sessionSecret ??= persistedSessionSecret(dataDir);

  return {
    env: appEnv,
    port,
    databaseUrl,
    eventStore,
    kurrentdbUrl,
    redisUrl,
    smtpUrl,
    sessionSecret,
    demo,
    dataDir,
    embeddedPgPort,
    logLevel,
    runConsumers,
    publicUrl,
    allowedOrigins,
    rateLimits,
    trustProxy,
    webhooks,
  };
}

const WINDOW_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 };

/** `10/15m`: 10 requests in 15 minutes (units s, m, h; none means seconds). */
function parseRateLimit(name: string, raw: string | undefined, fallback: RateLimit, problems: string[]): RateLimit {
  if (raw === undefined) return fallback;
  const match = /^(\d{1,9})\s*\/\s*(\d{1,7})\s*([smh]?)$/.exec(raw);
  const limit = match ? Number(match[1]) : 0;
  const windowSeconds = match ? Number(match[2]) * WINDOW_UNITS[match[3]] : 0;
  if (!match || limit < 1 || windowSeconds < 1) {
    problems.push(`${name} must be requests/window such as 10/15m (units s, m, h; got "${raw}")`);
    return fallback;
  }
  return { limit, windowSeconds };
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function parseTrustProxy(raw: string | undefined, problems: string[]): false | number | string[] {
  if (raw === undefined || raw === 'false') return false;
  if (/^\d{1,2}$/.test(raw)) return Number(raw) === 0 ? false : Number(raw);
  if (raw === 'true') {
    // Trusting every hop lets any client pick its own address with X-Forwarded-For, and so evade every rate limit.
    problems.push('TRUST_PROXY=true would let any client choose its address: give the number of proxies in front (1) or their addresses');
    return false;
  }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(\/\d{1,3})?$/i;
  const bad = entries.filter((entry) => !PROXY_NAMES.has(entry) && !address.test(entry));
  if (entries.length === 0 || bad.length > 0) {
    problems.push(
      `TRUST_PROXY must be false, a number of proxies, or a comma-separated list of proxy addresses, subnets, loopback, linklocal or uniquelocal (got "${raw}")`,
    );
    return false;
  }
  return entries;
}

function parsePort(name: string, raw: string | undefined, fallback: number, problems: string[], allowZero: boolean): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  const min = allowZero ? 0 : 1;
  if (!/^\d+$/.test(raw) || !Number.isInteger(value) || value < min || value > 65535) {
    problems.push(`${name} must be a port number between ${min} and 65535 (got "${raw}")`);
    return fallback;
  }
  return value;
}

function parseUrl(name: string, raw: string | undefined, protocols: string[], problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} is not a valid URL`); // never echo it: it may hold a password
    return undefined;
  }
  if (!protocols.includes(url.protocol)) {
    problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got ${url.protocol}//)`);
    return undefined;
  }
  return raw;
}

function persistedSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  if (!existsSync(dataDir)) {
    mkdirSync(dataDir, { recursive: true });
    // The embedded PostgreSQL runs as the postgres user when we are root: it must traverse this directory.
    chmodSync(dataDir, 0o755);
  }
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
