import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, Paginated } from '@pfp/graphql';
import type { WebhookDocument } from './webhooks.projection';

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type WebhookDeliveryStatusValue = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
export const WebhookDeliveryStatus = graphqlEnum('WebhookDeliveryStatus', WEBHOOK_DELIVERY_STATUSES, {
  description: 'PENDING: to be sent or retried; DELIVERED: answered 2xx; FAILED: given up.',
});

@ObjectType({ description: "An endpoint of an organisation's system that the platform pushes events to (Standard Webhooks)." })
export class Webhook {
  @Field(() => ID)
  id!: string;
  @Field()
  url!: string;
  @Field(() => [ID], { description: 'The subjects it asked for; empty: every subject the organisation may read.' })
  subjects!: string[];
  @Field(() => [String], { description: 'The event types it asked for; empty: all.' })
  eventTypes!: string[];
  @Field()
  enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'BY_ADMIN or FAILING (disabled after failing for longer than the retry horizon).' })
  disabledReason!: string | null;
  @Field()
  registeredAt!: Date;
  @Field(() => Int)
  revision!: number;

  static from(doc: WebhookDocument, revision: number): Webhook {
    return Object.assign(new Webhook(), {
      id: doc.id,
      url: doc.url,
      subjects: doc.subjects,
      eventTypes: doc.eventTypes,
      enabled: doc.enabled,
      disabledReason: doc.disabledReason,
      registeredAt: new Date(doc.registeredAt),
      revision,
    });
  }
}

@ObjectType()
export class WebhookPayload {
  @Field(() => Webhook)
  webhook!: Webhook;
  @Field(() => Int)
  revision!: number;
}

@ObjectType()
export class RegisterWebhookPayload extends WebhookPayload {
  @Field({ description: 'The signing secret (whsec_…): shown this once, never again.' })
  secret!: string;
}

@ObjectType()
export class DeleteWebhookPayload {
  @Field(() => ID)
  webhookId!: string;
  @Field(() => Int)
  revision!: number;
}

@ObjectType({ description: 'One event sent (or to be sent) to one endpoint; its id is the webhook-id header value.' })
export class WebhookDelivery {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { description: 'The event id, sent as webhook-id: the same on every attempt and redelivery.' })
  eventId!: string;
  @Field()
  eventType!: string;
  @Field(() => ID)
  subjectId!: string;
  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatusValue;
  @Field(() => Int)
  attempts!: number;
  @Field(() => Int, { nullable: true, description: 'The last answer’s HTTP status; null when there was none (refused, timed out).' })
  responseStatus!: number | null;
  @Field(() => String, { nullable: true, description: 'The start of the last answer’s body or error (at most 500 characters).' })
  responseExcerpt!: string | null;
  @Field(() => Int, { nullable: true })
  durationMs!: number | null;
  @Field()
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}

@ObjectType()
export class WebhookDeliveryConnection extends Paginated(WebhookDelivery) {}

@ObjectType()
export class RedeliverWebhookPayload {
  @Field(() => WebhookDelivery)
  delivery!: WebhookDelivery;
}
