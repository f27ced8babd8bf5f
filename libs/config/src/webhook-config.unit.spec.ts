import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('webhook configuration in AppConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pfp-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig({ DATA_DIR: dir, ...env });
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  };

  it('is safe by default: https only, no private host, retried for more than a day', () => {
    expect(loadConfig({ DATA_DIR: dir }).webhooks).toEqual({
      allowPrivateHosts: false,
      allowedHosts: [],
      allowHttp: false,
      timeoutMs: 5000,
      retryBaseMs: 30_000,
      retryMaxMs: 6 * 3_600_000,
      retryForMs: 26 * 3_600_000,
      secretKey: undefined,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DATA_DIR: dir,
      WEBHOOKS_ALLOW_PRIVATE_HOSTS: 'true',
      WEBHOOKS_ALLOWED_HOSTS: ' Hooks.Internal.example , 10.0.0.7 ,',
      WEBHOOKS_ALLOW_HTTP: 'true',
      WEBHOOK_TIMEOUT_MS: '1500',
      WEBHOOK_RETRY_BASE_MS: '40',
      WEBHOOK_RETRY_MAX_MS: '400',
      WEBHOOK_RETRY_FOR_MS: '2500',
      WEBHOOK_SECRET_KEY: 'k'.repeat(32),
    });
    expect(config.webhooks).toEqual({
      allowPrivateHosts: true,
      allowedHosts: ['hooks.internal.example', '10.0.0.7'],
      allowHttp: true,
      timeoutMs: 1500,
      retryBaseMs: 40,
      retryMaxMs: 400,
      retryForMs: 2500,
      secretKey: 'k'.repeat(32),
    });
  });

  it('refuses bad values at start-up, every one named, with the rest of the configuration', () => {
    const problems = problemsOf({
      PORT: 'abc',
      WEBHOOKS_ALLOW_PRIVATE_HOSTS: 'yes',
      WEBHOOKS_ALLOWED_HOSTS: 'hooks.example,http://x/y',
      WEBHOOK_TIMEOUT_MS: '5s',
      WEBHOOK_RETRY_BASE_MS: '0',
      WEBHOOK_RETRY_FOR_MS: '99999999999',
      WEBHOOK_SECRET_KEY: 'short',
    }).join('\n');
    expect(problems).toMatch(/PORT must be a port number/);
    expect(problems).toMatch(/WEBHOOKS_ALLOW_PRIVATE_HOSTS must be true or false \(got "yes"\)/);
    expect(problems).toMatch(/WEBHOOKS_ALLOWED_HOSTS must be a comma-separated list of host names or IP addresses \(got "http:\/\/x\/y"\)/);
    expect(problems).toMatch(/WEBHOOK_TIMEOUT_MS must be a whole number of milliseconds .* \(got "5s"\)/);
    expect(problems).toMatch(/WEBHOOK_RETRY_BASE_MS must be a whole number of milliseconds .* \(got "0"\)/);
    expect(problems).toMatch(/WEBHOOK_RETRY_FOR_MS must be a whole number of milliseconds between 1 and 2147483647 \(got "99999999999"\)/);
    expect(problems).toMatch(/WEBHOOK_SECRET_KEY must be at least 32 characters/);
    expect(problems).not.toContain('short');
  });

  it('refuses http endpoints in production, and a first retry longer than the longest', () => {
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), WEBHOOKS_ALLOW_HTTP: 'true' })).toEqual([
      'WEBHOOKS_ALLOW_HTTP must not be true in production: webhook endpoints are https only',
    ]);
    expect(problemsOf({ WEBHOOK_RETRY_BASE_MS: '5000', WEBHOOK_RETRY_MAX_MS: '1000' })).toEqual([
      'WEBHOOK_RETRY_BASE_MS (5000) must not exceed WEBHOOK_RETRY_MAX_MS (1000)',
    ]);
  });
});
