import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
}

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
  for (const raw of (get('ALLOWED_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter(Boolean)) {
    try {
      const url = new URL(raw);
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== raw.replace(/\/+$/, '')) throw new Error('not an origin');
      allowedOrigins.push(url.origin);
    } catch {
      problems.push(`ALLOWED_ORIGINS must be a comma-separated list of origins such as https://pfp.example.org (got "${raw}")`);
    }
  }

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
  };
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
