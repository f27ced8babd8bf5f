import { documentProjection, type DocumentHandlers, type ProjectedEvent } from '@pfp/event-sourcing';
import { evolveWebhook, type WebhookDetails, type WebhookEvent, type WebhookState } from './domain/webhook';

export const WEBHOOK_ENDPOINTS = 'webhook-endpoints';

/** What the read model keeps of an endpoint: its details (the secret still sealed), whether it is deleted, when registered. */
export interface WebhookDocument extends WebhookDetails {
  id: string;
  status: 'ACTIVE' | 'DELETED';
  registeredAt: string;
  changedAt: string;
}

const stateOf = (doc: WebhookDocument | null): WebhookState => {
  if (!doc) return { status: 'NONE' };
  const { status, id: _id, registeredAt: _r, changedAt: _c, ...webhook } = doc;
  return { status, webhook };
};

const evolve = (doc: WebhookDocument | null, event: ProjectedEvent<WebhookEvent>): WebhookDocument | null => {
  const next = evolveWebhook(stateOf(doc), event);
  if (next.status === 'NONE') return null;
  const at = event.metadata.occurredAt;
  return { ...next.webhook, id: event.streamName, status: next.status, registeredAt: doc?.registeredAt ?? at, changedAt: at };
};

const handlers: DocumentHandlers<WebhookDocument, WebhookEvent> = {
  WebhookRegistered: evolve,
  WebhookChanged: evolve,
  WebhookDisabled: evolve,
  WebhookEnabled: evolve,
  WebhookDeleted: evolve,
};

/** One row per endpoint, with its organisation and whether deliveries go to it, for the worker and the admin's list. */
export const webhookEndpointsProjection = documentProjection<WebhookDocument, WebhookEvent>({
  name: WEBHOOK_ENDPOINTS,
  table: 'webhooks',
  category: 'webhook',
  handlers,
  columns: [
    { name: 'organization_id', type: 'text', value: (d) => d.organizationId },
    { name: 'status', type: 'text', value: (d) => d.status },
    { name: 'enabled', type: 'boolean', value: (d) => d.enabled && d.status === 'ACTIVE' },
    { name: 'registered_at', type: 'timestamptz', value: (d) => d.registeredAt },
  ],
});
