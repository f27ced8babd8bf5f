import { ArgsType, Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, connectionFromRows, GlobalIdField, pageWindow } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, NotFoundError, type Actor } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { WEBHOOK_ERRORS } from '../domain/decide';
import { ownAdmin } from '../domain/policies';
import { RedeliverWebhookPayload, WebhookDelivery, WebhookDeliveryConnection, type WebhookDeliveryStatusValue } from '../graphql-types';
import { RedeliverWebhookInput } from '../manage-webhooks/webhook.inputs';
import { loadWebhook } from '../manage-webhooks/webhooks.resolver';
import { WebhookWorker } from './webhook-worker';

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @GlobalIdField('webhook')
  webhookId!: string;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  event_type: string;
  subject_id: string;
  status: WebhookDeliveryStatusValue;
  attempts: number;
  last_response_status: number | null;
  last_response_excerpt: string | null;
  last_duration_ms: number | null;
  created_at: Date;
  last_attempt_at: Date | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
}

const COLUMNS = `id, event_id, event_type, subject_id, status, attempts, last_response_status, last_response_excerpt, last_duration_ms,
  created_at, last_attempt_at, next_attempt_at, delivered_at`;

const deliveryOf = (r: DeliveryRow): WebhookDelivery =>
  Object.assign(new WebhookDelivery(), {
    id: r.id,
    eventId: r.event_id,
    eventType: r.event_type,
    subjectId: r.subject_id,
    status: r.status,
    attempts: r.attempts,
    responseStatus: r.last_response_status,
    responseExcerpt: r.last_response_excerpt,
    durationMs: r.last_duration_ms,
    createdAt: r.created_at,
    lastAttemptAt: r.last_attempt_at,
    nextAttemptAt: r.status === 'PENDING' ? r.next_attempt_at : null,
    deliveredAt: r.delivered_at,
  });

/** The delivery log of an endpoint, newest first, for its organisation's admins; any delivery sent again on request. */
@Resolver()
export class WebhookDeliveriesResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: WebhookWorker,
  ) {}

  @Query(() => WebhookDeliveryConnection, { description: 'What was sent to one endpoint (status, answer, attempts), newest first.' })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @CurrentActor() current: Actor | null): Promise<WebhookDeliveryConnection> {
    const actor = authorizeActor(ownAdmin, current, { status: 'NONE' });
    await this.ownWebhook(args.webhookId, actor);
    const { offset, limit } = pageWindow(args);
    const rows = (await this.dataSource.query(`SELECT ${COLUMNS} FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY seq DESC LIMIT $2 OFFSET $3`, [
      args.webhookId,
      limit,
      offset,
    ])) as DeliveryRow[];
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1`, [args.webhookId])) as Array<{
      n: number;
    }>;
    return connectionFromRows(rows.map(deliveryOf), n, offset);
  }

  @Mutation(() => RedeliverWebhookPayload, { description: 'Sends a delivery again (same webhook-id), in its place in the endpoint’s order.' })
  async redeliverWebhook(@Args('input') input: RedeliverWebhookInput, @CurrentActor() current: Actor | null): Promise<RedeliverWebhookPayload> {
    const actor = authorizeActor(ownAdmin, current, { status: 'NONE' });
    const [found] = (await this.dataSource.query(`SELECT webhook_id FROM webhook_deliveries WHERE id = $1`, [input.deliveryId])) as Array<{
      webhook_id: string;
    }>;
    if (!found) throw new NotFoundError('WEBHOOK.DELIVERY_NOT_FOUND', 'There is no such delivery.');
    await this.ownWebhook(found.webhook_id, actor, 'WEBHOOK.DELIVERY_NOT_FOUND');
    const [rows] = (await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = now(), retry_from = now(), claimed_until = NULL
       WHERE id = $1 AND (status <> 'PENDING' OR claimed_until IS NULL) RETURNING ${COLUMNS}`,
      [input.deliveryId],
    )) as [DeliveryRow[], number];
    const row = rows[0] ?? ((await this.dataSource.query(`SELECT ${COLUMNS} FROM webhook_deliveries WHERE id = $1`, [input.deliveryId])) as DeliveryRow[])[0];
    this.worker.wake();
    return { delivery: deliveryOf(row) };
  }

  /** Another organisation's endpoint (or delivery) reads as one that does not exist. */
  private async ownWebhook(id: string, actor: Actor, code: string = WEBHOOK_ERRORS.NOT_FOUND): Promise<void> {
    const doc = await loadWebhook(this.dataSource, id);
    if (!doc || doc.organizationId !== actor.organizationId)
      throw new NotFoundError(code, code === WEBHOOK_ERRORS.NOT_FOUND ? 'There is no such webhook.' : 'There is no such delivery.');
  }
}
