import type { AppConfig } from '@pfp/config';

/** PUBLIC_URL without its trailing slash (this server's own address when unset), as the other mails' links. */
export const siteOf = (config: Pick<AppConfig, 'publicUrl' | 'port'>): string => (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');

export const issuePage = (site: string, id: string) => `${site}/newsletter/${encodeURIComponent(id)}`;
export const unsubscribeUrl = (site: string, token: string) => `${site}/newsletter/unsubscribe?token=${token}`;
export const confirmUrl = (site: string, token: string) => `${site}/newsletter/confirm?token=${token}`;
