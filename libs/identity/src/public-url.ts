import type { AppConfig } from '@pfp/config';

/** Where emailed links point: PUBLIC_URL when the configuration has one, else this server. */
export function publicUrl(config: AppConfig): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}
