import type { DomainEvent } from '@pfp/kernel';

/** What an endpoint asks for: these subjects' events, these kinds of event; empty lists mean "any". */
export interface WebhookFilter {
  /** Subject ids (`project-<uuid>`, `callForAction-<uuid>`...). */
  subjects: string[];
  /** Event types (`ProjectUpdatePosted`...). */
  eventTypes: string[];
}

export type WebhookEvent =
  | DomainEvent<
      'WebhookRegistered',
      WebhookFilter & {
        organizationId: string;
        url: string;
        /** The signing secret, sealed with the platform's key (secrets.ts): never returned after registration. */
        sealedSecret: string;
        registeredBy: string;
        registeredAt: string;
      }
    >
  | DomainEvent<'WebhookChanged', WebhookFilter & { url: string; changedAt: string }>
  | DomainEvent<'WebhookDisabled', { reason: 'BY_ADMIN' | 'FAILING'; disabledAt: string }>
  | DomainEvent<'WebhookEnabled', { enabledAt: string }>
  | DomainEvent<'WebhookDeleted', { deletedAt: string }>;

export interface WebhookDetails extends WebhookFilter {
  organizationId: string;
  url: string;
  sealedSecret: string;
  enabled: boolean;
  disabledReason: 'BY_ADMIN' | 'FAILING' | null;
}

/** One stream per endpoint, `webhook-<uuid>`. */
export type WebhookState = { status: 'NONE' } | { status: 'ACTIVE'; webhook: WebhookDetails } | { status: 'DELETED'; webhook: WebhookDetails };

export const initialWebhookState = (): WebhookState => ({ status: 'NONE' });

export function evolveWebhook(state: WebhookState, event: WebhookEvent): WebhookState {
  if (event.type === 'WebhookRegistered') {
    const { organizationId, url, subjects, eventTypes, sealedSecret } = event.data;
    return { status: 'ACTIVE', webhook: { organizationId, url, subjects, eventTypes, sealedSecret, enabled: true, disabledReason: null } };
  }
  if (state.status !== 'ACTIVE') return state;
  const w = state.webhook;
  switch (event.type) {
    case 'WebhookChanged':
      return { status: 'ACTIVE', webhook: { ...w, url: event.data.url, subjects: event.data.subjects, eventTypes: event.data.eventTypes } };
    case 'WebhookDisabled':
      return { status: 'ACTIVE', webhook: { ...w, enabled: false, disabledReason: event.data.reason } };
    case 'WebhookEnabled':
      return { status: 'ACTIVE', webhook: { ...w, enabled: true, disabledReason: null } };
    case 'WebhookDeleted':
      return { status: 'DELETED', webhook: w };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown webhook event ${(unknown as WebhookEvent).type}`);
    }
  }
}
