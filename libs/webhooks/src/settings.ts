import { ConfigError, parseWebhookConfig, type WebhookConfig } from '@pfp/config';

/** The operator's webhook settings: AppConfig's `webhooks`, validated with the rest at start-up (libs/config). */
export type WebhookSettings = WebhookConfig;

/** The settings from these variables alone (for specs); the app reads `config.webhooks`. Throws ConfigError on a bad value. */
export function loadWebhookSettings(env: Record<string, string | undefined>, production: boolean): WebhookSettings {
  const problems: string[] = [];
  const settings = parseWebhookConfig((name) => env[name]?.trim() || undefined, production, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}

/** The wait before attempt `attempts + 1`: base * 2^(attempts-1), capped, then a random part of it (full jitter over its second half). */
export function backoffMs(settings: Pick<WebhookSettings, 'retryBaseMs' | 'retryMaxMs'>, attempts: number, random = Math.random): number {
  const ceiling = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
