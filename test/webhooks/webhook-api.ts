import type { TestApi } from '../authorization/harness';
import { mutate } from '../partnerships/partnership-api';

type Api = Pick<TestApi, 'gql'>;

export const WEBHOOK = 'webhook { id url subjects eventTypes enabled disabledReason revision } revision';

/** The environment the webhook specs run with: receivers on loopback over http, quick retries. */
export const WEBHOOK_TEST_ENV = {
  WEBHOOKS_ALLOW_PRIVATE_HOSTS: 'true',
  WEBHOOKS_ALLOW_HTTP: 'true',
  WEBHOOK_RETRY_BASE_MS: '40',
  WEBHOOK_RETRY_MAX_MS: '400',
  WEBHOOK_TIMEOUT_MS: '1500',
};

/**
 * The webhook variables, to pass to `startTestApi` (AppConfig reads them from the env it is given);
 * also set in process.env for API processes the spec spawns.
 */
export function useWebhookEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = { ...WEBHOOK_TEST_ENV, ...extra };
  Object.assign(process.env, env);
  return env;
}

export async function registerWebhook(api: Api, token: string, url: string, filter: { subjects?: string[]; eventTypes?: string[] } = {}) {
  const payload = await mutate<{ webhook: { id: string }; secret: string }>(
    api,
    token,
    'registerWebhook',
    'RegisterWebhookInput',
    { url, ...filter },
    `secret ${WEBHOOK}`,
  );
  return { id: payload.webhook.id, secret: payload.secret };
}

export interface DeliveryNode {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  responseExcerpt: string | null;
}

export async function deliveries(api: Api, token: string, webhookId: string): Promise<DeliveryNode[]> {
  const result = await api.gql<{ webhookDeliveries: { edges: Array<{ node: DeliveryNode }> } }>(
    `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 100) { totalCount edges { node { id eventId eventType status attempts responseStatus responseExcerpt } } } }`,
    { id: webhookId },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.webhookDeliveries.edges.map((e) => e.node);
}
