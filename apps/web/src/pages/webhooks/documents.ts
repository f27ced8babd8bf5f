import type { Document } from '../../api';

/** The webhook operations (plain strings typed here: their names are the contract's, schema.graphql). */
export interface WebhookView {
  id: string;
  url: string;
  subjects: string[];
  eventTypes: string[];
  enabled: boolean;
  disabledReason: 'BY_ADMIN' | 'FAILING' | null;
  registeredAt: string;
  revision: number;
}

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  subjectId: string;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  responseExcerpt: string | null;
  durationMs: number | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

export interface WebhookFilter {
  subjects: string[];
  eventTypes: string[];
}

const WEBHOOK = 'id url subjects eventTypes enabled disabledReason registeredAt revision';
const DELIVERY = 'id eventId eventType subjectId status attempts responseStatus responseExcerpt durationMs createdAt lastAttemptAt nextAttemptAt deliveredAt';

export const WebhooksDocument: Document<{ webhooks: WebhookView[] }, Record<string, never>> = `query Webhooks { webhooks { ${WEBHOOK} } }`;

export const RegisterWebhookDocument: Document<{ registerWebhook: { secret: string; webhook: WebhookView } }, { input: WebhookFilter & { url: string } }> =
  `mutation RegisterWebhook($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { ${WEBHOOK} } } }`;

export const UpdateWebhookDocument: Document<
  { updateWebhook: { webhook: WebhookView } },
  { input: Partial<WebhookFilter> & { webhookId: string; url?: string; enabled?: boolean; expectedRevision?: number } }
> = `mutation UpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { ${WEBHOOK} } } }`;

export const DeleteWebhookDocument: Document<{ deleteWebhook: { webhookId: string } }, { input: { webhookId: string } }> =
  `mutation DeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { webhookId } }`;

export const WebhookDeliveriesDocument: Document<
  {
    webhookDeliveries: {
      totalCount: number;
      edges: Array<{ node: DeliveryView }>;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  },
  { webhookId: string; first: number; after: string | null }
> = `query WebhookDeliveries($webhookId: ID!, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) { totalCount edges { node { ${DELIVERY} } } pageInfo { endCursor hasNextPage } }
}`;

export const RedeliverWebhookDocument: Document<{ redeliverWebhook: { delivery: DeliveryView } }, { input: { deliveryId: string } }> =
  `mutation RedeliverWebhook($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { ${DELIVERY} } } }`;
