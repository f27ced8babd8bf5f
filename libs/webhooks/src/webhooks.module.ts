import { Module, OnModuleInit } from '@nestjs/common';
import { ContributionsModule } from '@pfp/contributions';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { MailModule } from '@pfp/mail';
import { WebhookDeliveriesResolver } from './deliveries/deliveries.resolver';
import { WebhookWorker } from './deliveries/webhook-worker';
import { WebhooksResolver } from './manage-webhooks/webhooks.resolver';
import { Webhooks1764900000000 } from './migrations/1764900000000-webhooks';
import { secretBoxProvider, webhookSettingsProvider } from './tokens';
import { WebhookCommands } from './webhook-commands';
import { webhookEndpointsProjection } from './webhooks.projection';

export const WEBHOOKS_MIGRATIONS = [Webhooks1764900000000];

/** Signed webhooks (Standard Webhooks) from the event log to organisations' systems: endpoints, the delivery worker, the delivery log. */
@Module({
  imports: [IdentityModule, MailModule, ContributionsModule],
  providers: [webhookSettingsProvider, secretBoxProvider, WebhookCommands.Handler, WebhooksResolver, WebhookDeliveriesResolver, WebhookWorker],
  exports: [WebhookWorker],
})
export class WebhooksModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(webhookEndpointsProjection);
  }
}
