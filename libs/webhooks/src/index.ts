export { WebhooksModule, WEBHOOKS_MIGRATIONS } from './webhooks.module';
export { WebhookWorker } from './deliveries/webhook-worker';
export { webhookAggregate, WEBHOOK_ERRORS } from './domain/decide';
export type { WebhookCommand } from './domain/decide';
export type { WebhookEvent, WebhookState } from './domain/webhook';
export { signature, signedHeaders, newSecret } from './signing';
export { isRefusedAddress } from './deliveries/address-guard';
export { backoffMs, loadWebhookSettings } from './settings';
export type { WebhookSettings } from './settings';
