import { isIP } from 'node:net';

/** The operator's webhook settings (README, "Configuration"), part of AppConfig. */
export interface WebhookConfig {
  /** WEBHOOKS_ALLOW_PRIVATE_HOSTS (false): allow endpoints on loopback, private, link-local and metadata addresses. */
  allowPrivateHosts: boolean;
  /** WEBHOOKS_ALLOWED_HOSTS: host names or addresses allowed even when private (comma-separated). */
  allowedHosts: string[];
  /** WEBHOOKS_ALLOW_HTTP (false; refused in production): allow http:// endpoints. */
  allowHttp: boolean;
  /** WEBHOOK_TIMEOUT_MS (5000): connect + response time of one attempt. */
  timeoutMs: number;
  /** WEBHOOK_RETRY_BASE_MS (30000): the first retry's delay; each next one doubles, with jitter, up to WEBHOOK_RETRY_MAX_MS. */
  retryBaseMs: number;
  /** WEBHOOK_RETRY_MAX_MS (6 h): the longest wait between two attempts. */
  retryMaxMs: number;
  /** WEBHOOK_RETRY_FOR_MS (26 h): how long a delivery is retried before its endpoint is disabled. */
  retryForMs: number;
  /** WEBHOOK_SECRET_KEY: the key material that seals endpoint secrets; SESSION_SECRET when absent. */
  secretKey?: string;
}

const HOUR = 3_600_000;
/** setTimeout's ceiling (2^31 - 1 ms, ~24.8 days): a longer wait would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/** The WEBHOOK* variables; each bad one is added to `problems` (and its default used) so every mistake is told at once. */
export function parseWebhookConfig(get: (name: string) => string | undefined, production: boolean, problems: string[]): WebhookConfig {
  const flag = (name: string): boolean => {
    const raw = get(name);
    if (raw === undefined) return false;
    if (raw !== 'true' && raw !== 'false') problems.push(`${name} must be true or false (got "${raw}")`);
    return raw === 'true';
  };
  const ms = (name: string, fallback: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1 || n > MAX_TIMER_MS) {
      problems.push(`${name} must be a whole number of milliseconds between 1 and ${MAX_TIMER_MS} (got "${raw}")`);
      return fallback;
    }
    return n;
  };

  const allowHttp = flag('WEBHOOKS_ALLOW_HTTP');
  if (allowHttp && production) problems.push('WEBHOOKS_ALLOW_HTTP must not be true in production: webhook endpoints are https only');
  const allowedHosts: string[] = [];
  for (const host of (get('WEBHOOKS_ALLOWED_HOSTS') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean)) {
    if (isIP(host) || /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) allowedHosts.push(host);
    else problems.push(`WEBHOOKS_ALLOWED_HOSTS must be a comma-separated list of host names or IP addresses (got "${host}")`);
  }
  const config: WebhookConfig = {
    allowPrivateHosts: flag('WEBHOOKS_ALLOW_PRIVATE_HOSTS'),
    allowedHosts,
    allowHttp: allowHttp && !production,
    timeoutMs: ms('WEBHOOK_TIMEOUT_MS', 5000),
    retryBaseMs: ms('WEBHOOK_RETRY_BASE_MS', 30_000),
    retryMaxMs: ms('WEBHOOK_RETRY_MAX_MS', 6 * HOUR),
    retryForMs: ms('WEBHOOK_RETRY_FOR_MS', 26 * HOUR),
    secretKey: get('WEBHOOK_SECRET_KEY'),
  };
  if (config.retryBaseMs > config.retryMaxMs)
    problems.push(`WEBHOOK_RETRY_BASE_MS (${config.retryBaseMs}) must not exceed WEBHOOK_RETRY_MAX_MS (${config.retryMaxMs})`);
  if (config.secretKey !== undefined && config.secretKey.length < 32) problems.push('WEBHOOK_SECRET_KEY must be at least 32 characters');
  return config;
}
