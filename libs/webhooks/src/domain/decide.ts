import { ConflictError, NotFoundError, type Aggregate, type Command } from '@pfp/kernel';
import { evolveWebhook, initialWebhookState, type WebhookEvent, type WebhookFilter, type WebhookState } from './webhook';
import { webhookPolicies } from './policies';

export type WebhookCommand =
  /** The resolver checked the URL (scheme, host) and sealed a new secret. */
  | Command<'RegisterWebhook', WebhookFilter & { url: string; sealedSecret: string }>
  /** Absent keys stay as they were. */
  | Command<'UpdateWebhook', Partial<WebhookFilter> & { url?: string; enabled?: boolean }>
  | Command<'DeleteWebhook'>
  /** Sent by the delivery worker (no actor) when an endpoint has failed for longer than the retry horizon. */
  | Command<'DisableFailingWebhook'>;

export const WEBHOOK_ERRORS = {
  NOT_FOUND: 'WEBHOOK.NOT_FOUND',
  ALREADY_REGISTERED: 'WEBHOOK.ALREADY_REGISTERED',
  NOT_ADMIN: 'WEBHOOK.NOT_ADMIN',
  NOT_SYSTEM: 'WEBHOOK.NOT_SYSTEM',
  URL: 'WEBHOOK.URL_REFUSED',
} as const;

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function decideWebhook(command: WebhookCommand, state: WebhookState): WebhookEvent[] {
  if (command.type === 'RegisterWebhook') {
    if (state.status !== 'NONE') throw new ConflictError(WEBHOOK_ERRORS.ALREADY_REGISTERED, 'This endpoint is already registered.');
    const { url, subjects, eventTypes, sealedSecret } = command.data;
    const actor = command.actor!;
    return [
      {
        type: 'WebhookRegistered',
        data: { organizationId: actor.organizationId, url, subjects, eventTypes, sealedSecret, registeredBy: actor.accountId, registeredAt: command.at },
      },
    ];
  }
  if (state.status !== 'ACTIVE') throw new NotFoundError(WEBHOOK_ERRORS.NOT_FOUND, 'There is no such webhook.');
  const w = state.webhook;
  switch (command.type) {
    case 'UpdateWebhook': {
      const { url = w.url, subjects = w.subjects, eventTypes = w.eventTypes, enabled } = command.data;
      const events: WebhookEvent[] = [];
      if (url !== w.url || !same(subjects, w.subjects) || !same(eventTypes, w.eventTypes))
        events.push({ type: 'WebhookChanged', data: { url, subjects, eventTypes, changedAt: command.at } });
      if (enabled === true && !w.enabled) events.push({ type: 'WebhookEnabled', data: { enabledAt: command.at } });
      if (enabled === false && w.enabled) events.push({ type: 'WebhookDisabled', data: { reason: 'BY_ADMIN', disabledAt: command.at } });
      return events;
    }
    case 'DeleteWebhook':
      return [{ type: 'WebhookDeleted', data: { deletedAt: command.at } }];
    case 'DisableFailingWebhook':
      return w.enabled ? [{ type: 'WebhookDisabled', data: { reason: 'FAILING', disabledAt: command.at } }] : [];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as WebhookCommand).type}`);
    }
  }
}

export const webhookAggregate: Aggregate<WebhookState, WebhookCommand, WebhookEvent> = {
  category: 'webhook',
  initialState: initialWebhookState,
  decide: decideWebhook,
  evolve: evolveWebhook,
  policies: webhookPolicies,
};
