import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DEFAULT_RATE_LIMITS, loadConfig } from './app-config';

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pfp-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('needs nothing for a development start', () => {
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      eventStore: 'postgres',
      demo: true,
      dataDir: dir,
      embeddedPgPort: 54329,
      logLevel: 'info',
      runConsumers: true,
    });
    expect(config.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps a generated session secret across restarts, readable by the owner only', () => {
    const dataDir = join(dir, 'nested', 'data');
    const first = loadConfig({ DATA_DIR: dataDir });
    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.sessionSecret).toEqual(first.sessionSecret);
    const file = join(dataDir, 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toEqual(first.sessionSecret);
    expect(statSync(file).mode & 0o777).toEqual(0o600);
    expect(statSync(dataDir).mode & 0o777).toEqual(0o755);
  });

  it('uses SESSION_SECRET when given, and writes nothing', () => {
    const dataDir = join(dir, 'untouched');
    expect(loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: 's3cret' }).sessionSecret).toEqual('s3cret');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses to start in production without SESSION_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dir })).toThrow(/SESSION_SECRET is required in production/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/pfp',
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'kurrentdb://kurrent:2113?tls=false',
      REDIS_URL: 'redis://redis:6379',
      SMTP_URL: 'smtp://mail:25',
      SESSION_SECRET: 'x'.repeat(40),
      DATA_DIR: dir,
      EMBEDDED_PG_PORT: '55000',
      LOG_LEVEL: 'debug',
      RUN_CONSUMERS: 'false',
      PUBLIC_URL: 'https://pfp.example.org',
      ALLOWED_ORIGINS: 'https://partners.example.org',
      RATE_LIMIT_REQUESTS: '1200/1m',
      RATE_LIMIT_WRITES: '100/60',
      RATE_LIMIT_SIGN_IN: '3/1h',
      RATE_LIMIT_SIGN_IN_ADDRESS: '50/15m',
      RATE_LIMIT_ACCOUNT_MAIL: '5/30m',
      TRUST_PROXY: '1',
    });
    expect(config).toEqual({
      env: 'production',
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/pfp',
      eventStore: 'kurrentdb',
      kurrentdbUrl: 'kurrentdb://kurrent:2113?tls=false',
      redisUrl: 'redis://redis:6379',
      smtpUrl: 'smtp://mail:25',
      sessionSecret: 'x'.repeat(40),
      demo: false,
      dataDir: dir,
      embeddedPgPort: 55000,
      logLevel: 'debug',
      runConsumers: false,
      publicUrl: 'https://pfp.example.org',
      allowedOrigins: ['https://partners.example.org'],
      rateLimits: {
        requests: { limit: 1200, windowSeconds: 60 },
        writes: { limit: 100, windowSeconds: 60 },
        signIn: { limit: 3, windowSeconds: 3600 },
        signInAddress: { limit: 50, windowSeconds: 900 },
        accountMail: { limit: 5, windowSeconds: 1800 },
      },
      trustProxy: 1,
      webhooks: expect.objectContaining({ allowHttp: false, allowPrivateHosts: false }),
    });
  });

  it('turns the demo off with DEMO=false', () => {
    expect(loadConfig({ DATA_DIR: dir, DEMO: 'false' }).demo).toBe(false);
    expect(loadConfig({ DATA_DIR: dir, NODE_ENV: 'test' })).toMatchObject({ env: 'test', demo: true, logLevel: 'warn' });
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dir, PORT: 'abc', EVENT_STORE: 'mysql', DATABASE_URL: 'mysql://x', DEMO: 'yes', EMBEDDED_PG_PORT: '5432' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT must be a port number .* \(got "abc"\)/);
    expect(problems).toMatch(/EVENT_STORE must be postgres or kurrentdb \(got "mysql"\)/);
    expect(problems).toMatch(/DATABASE_URL must start with postgres:/);
    expect(problems).toMatch(/DEMO must be true or false/);
    expect(problems).toMatch(/EMBEDDED_PG_PORT must not be 5432/);
    expect((error as ConfigError).message).toMatch(/^Invalid configuration:\n {2}- /);
  });

  it('requires KURRENTDB_URL with EVENT_STORE=kurrentdb', () => {
    expect(() => loadConfig({ DATA_DIR: dir, EVENT_STORE: 'kurrentdb' })).toThrow(/KURRENTDB_URL is required when EVENT_STORE=kurrentdb/);
  });

  it('does not echo a malformed URL, which may hold a password', () => {
    expect(() => loadConfig({ DATA_DIR: dir, DATABASE_URL: 'not a url :secretpw' })).toThrow(/DATABASE_URL is not a valid URL$/m);
    expect(() => loadConfig({ DATA_DIR: dir, DATABASE_URL: 'not a url :secretpw' })).not.toThrow(/secretpw/);
  });

  it('reads PUBLIC_URL without a trailing slash and ALLOWED_ORIGINS as origins', () => {
    const config = loadConfig({
      DATA_DIR: dir,
      PUBLIC_URL: 'https://pfp.example.org/',
      ALLOWED_ORIGINS: 'https://partners.example.org, http://localhost:5173',
    });
    expect(config.publicUrl).toBe('https://pfp.example.org');
    expect(config.allowedOrigins).toEqual(['https://partners.example.org', 'http://localhost:5173']);
    expect(loadConfig({ DATA_DIR: dir }).allowedOrigins).toEqual([]);
  });

  it('refuses an allowed origin with a path, or not on http(s)', () => {
    expect(() => loadConfig({ DATA_DIR: dir, ALLOWED_ORIGINS: 'https://a.example.org/path' })).toThrow(
      /ALLOWED_ORIGINS must be a comma-separated list of origins/,
    );
    expect(() => loadConfig({ DATA_DIR: dir, ALLOWED_ORIGINS: 'ftp://a.example.org' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });

  it('limits rates by default, generously under test, and reads TRUST_PROXY strictly (off by default)', () => {
    const production = loadConfig({ DATA_DIR: dir, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
    expect(production.rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(production.trustProxy).toBe(false);
    const test = loadConfig({ DATA_DIR: dir, NODE_ENV: 'test', RATE_LIMIT_SIGN_IN: '5/15m' });
    expect(test.rateLimits.requests).toEqual({ limit: 100_000, windowSeconds: 60 });
    expect(test.rateLimits.signIn).toEqual({ limit: 5, windowSeconds: 900 });
    expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(() => loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true would let any client choose its address/);
    expect(() => loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY must be false, a number/);
    expect(() => loadConfig({ DATA_DIR: dir, RATE_LIMIT_WRITES: '0/1m' })).toThrow(/RATE_LIMIT_WRITES must be requests\/window such as 10\/15m/);
    expect(() => loadConfig({ DATA_DIR: dir, RATE_LIMIT_WRITES: 'lots' })).toThrow(/got "lots"/);
  });
});
