import { isIP } from 'node:net';

/** The operator's webhook settings (README, "Configuration"); read from the environment at boot. */
export interface WebhookSettings {
  /** WEBHOOKS_ALLOW_PRIVATE_HOSTS (false): allow endpoints on loopback, private, link-local and metadata addresses. */
  allowPrivateHosts: boolean;
  /** WEBHOOKS_ALLOWED_HOSTS: host names or addresses allowed even when private (comma-separated). */
  allowedHosts: string[];
  /** WEBHOOKS_ALLOW_HTTP (false; never in production): allow http:// endpoints. */
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

export function loadWebhookSettings(env: Record<string, string | undefined>, production: boolean): WebhookSettings {
  const flag = (name: string) => env[name]?.trim() === 'true';
  const ms = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive number of milliseconds (got "${raw}")`);
    return n;
  };
  const allowHttp = flag('WEBHOOKS_ALLOW_HTTP');
  if (allowHttp && production) throw new Error('WEBHOOKS_ALLOW_HTTP must not be true in production: endpoints are https only');
  return {
    allowPrivateHosts: flag('WEBHOOKS_ALLOW_PRIVATE_HOSTS'),
    allowedHosts: (env.WEBHOOKS_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h && (isIP(h) || /^[a-z0-9.-]+$/.test(h))),
    allowHttp: allowHttp && !production,
    timeoutMs: ms('WEBHOOK_TIMEOUT_MS', 5000),
    retryBaseMs: ms('WEBHOOK_RETRY_BASE_MS', 30_000),
    retryMaxMs: ms('WEBHOOK_RETRY_MAX_MS', 6 * HOUR),
    retryForMs: ms('WEBHOOK_RETRY_FOR_MS', 26 * HOUR),
    secretKey: env.WEBHOOK_SECRET_KEY?.trim() || undefined,
  };
}

/** The wait before attempt `attempts + 1`: base * 2^(attempts-1), capped, then a random part of it (full jitter over its second half). */
export function backoffMs(settings: Pick<WebhookSettings, 'retryBaseMs' | 'retryMaxMs'>, attempts: number, random = Math.random): number {
  const ceiling = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
