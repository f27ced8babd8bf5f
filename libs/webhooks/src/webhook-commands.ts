import { aggregateCommands } from '@pfp/event-sourcing';
import { webhookAggregate } from './domain/decide';
import { WEBHOOK_ENDPOINTS } from './webhooks.projection';

/** The webhook aggregate on the CommandBus; a command returns once the endpoints' read model has it. */
export const WebhookCommands = aggregateCommands(webhookAggregate, { readModels: [WEBHOOK_ENDPOINTS] });
