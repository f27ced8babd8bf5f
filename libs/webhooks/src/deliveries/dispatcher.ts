import { randomUUID } from 'node:crypto';
import { type Contributions, mayRead, type LiveMapping, type LiveUpdate } from '@pfp/contributions';
import type { RecordedEvent } from '@pfp/event-store';
import { feedItemOf } from '@pfp/follows';
import type { EntityManager } from 'typeorm';
import { webhookAggregate } from '../domain/decide';
import type { WebhookEvent } from '../domain/webhook';

export const WEBHOOK_DISPATCHER = 'webhook-dispatcher';

interface Target {
  id: string;
  organization_id: string;
  subjects: string[];
  event_types: string[];
  enabled: boolean;
}

/** The body of one delivery (Standard Webhooks payload shape): what a follower of the subject is told, never more. */
export function deliveryBody(update: LiveUpdate, contributions: Contributions): string | null {
  const item = update.subject ? feedItemOf(contributions, update.event, update.subject.title) : null;
  if (!item) return null;
  const { id: _id, ...data } = item;
  return JSON.stringify({ type: item.type, timestamp: item.occurredAt, data });
}

const query = async <T>(tx: EntityManager, sql: string, params: unknown[]): Promise<T[]> => (await tx.query(sql, params)) as T[];

/**
 * The log to the delivery outbox, in the consumer's transaction (with its checkpoint): webhook
 * events move the worker's own view of the endpoints (webhook_targets), every other event is
 * mapped by its context's live mapping, which says who may read its subject just after it
 * (the visibility rule of libs/contributions, `mayRead`), and queued for every enabled endpoint
 * of an organisation that may read it and that asked for it. A queued row is sent at least once
 * (the worker retries until it is answered), in its endpoint's log order (`seq`).
 */
export async function dispatch(events: RecordedEvent[], tx: EntityManager, contributions: Contributions): Promise<number> {
  const order = new Map(events.map((e, i) => [e.id, i]));
  const pending: Array<{ at: number; update: LiveUpdate }> = [];
  const byMapping = new Map<LiveMapping, RecordedEvent[]>();
  let queued = 0;
  const flush = async () => {
    // no endpoint to send to (most batches of most installations): no mapping, no reads
    if (byMapping.size > 0 && (await query(tx, `SELECT 1 FROM webhook_targets WHERE enabled LIMIT 1`, [])).length === 0) byMapping.clear();
    for (const [mapping, news] of byMapping) for (const update of await mapping.map(news)) pending.push({ at: order.get(update.event.id) ?? 0, update });
    byMapping.clear();
    pending.sort((a, b) => a.at - b.at);
    queued += await enqueue(
      pending.splice(0).map((p) => p.update),
      tx,
      contributions,
    );
  };
  for (const e of events) {
    if (e.streamName.startsWith(`${webhookAggregate.category}-`)) {
      // an endpoint's change applies to the events after it: what came before is queued first
      await flush();
      await applyWebhookEvent(e as RecordedEvent<WebhookEvent['type']>, tx);
      continue;
    }
    const mapping = contributions.liveMappingOf(e.streamName);
    if (mapping) byMapping.set(mapping, [...(byMapping.get(mapping) ?? []), e]);
  }
  await flush();
  return queued;
}

async function enqueue(updates: LiveUpdate[], tx: EntityManager, contributions: Contributions): Promise<number> {
  if (updates.length === 0) return 0;
  const targets = await query<Target>(tx, `SELECT id, organization_id, subjects, event_types, enabled FROM webhook_targets WHERE enabled`, []);
  if (targets.length === 0) return 0;
  const rows: unknown[][] = [];
  for (const update of updates) {
    const body = deliveryBody(update, contributions);
    if (!body || !update.subject) continue;
    const { event } = update;
    for (const t of targets) {
      if (!mayRead(update.subject.readers, t.organization_id)) continue;
      if (t.subjects.length > 0 && !t.subjects.includes(event.streamName)) continue;
      if (t.event_types.length > 0 && !t.event_types.includes(event.type)) continue;
      rows.push([randomUUID(), t.id, event.id, event.type, event.streamName, body]);
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await tx.query(
      `INSERT INTO webhook_deliveries (id, webhook_id, event_id, event_type, subject_id, body)
       SELECT a, b, c, d, e, f FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS r(a, b, c, d, e, f, n)
       ORDER BY n
       ON CONFLICT (webhook_id, event_id) DO NOTHING`,
      [0, 1, 2, 3, 4, 5].map((k) => chunk.map((r) => r[k])),
    );
  }
  return rows.length;
}

async function applyWebhookEvent(e: RecordedEvent<WebhookEvent['type']>, tx: EntityManager): Promise<void> {
  const event = { type: e.type, data: e.data } as WebhookEvent;
  switch (event.type) {
    case 'WebhookRegistered': {
      const d = event.data;
      await tx.query(
        `INSERT INTO webhook_targets (id, organization_id, url, sealed_secret, subjects, event_types, enabled) VALUES ($1, $2, $3, $4, $5, $6, true)
         ON CONFLICT (id) DO NOTHING`,
        [e.streamName, d.organizationId, d.url, d.sealedSecret, d.subjects, d.eventTypes],
      );
      return;
    }
    case 'WebhookChanged':
      await tx.query(`UPDATE webhook_targets SET url = $2, subjects = $3, event_types = $4 WHERE id = $1`, [
        e.streamName,
        event.data.url,
        event.data.subjects,
        event.data.eventTypes,
      ]);
      return;
    case 'WebhookDisabled':
    case 'WebhookEnabled':
      await tx.query(`UPDATE webhook_targets SET enabled = $2 WHERE id = $1`, [e.streamName, event.type === 'WebhookEnabled']);
      return;
    case 'WebhookDeleted':
      await tx.query(`DELETE FROM webhook_targets WHERE id = $1`, [e.streamName]);
      await tx.query(`UPDATE webhook_deliveries SET status = 'FAILED', claimed_until = NULL WHERE webhook_id = $1 AND status = 'PENDING'`, [e.streamName]);
      return;
    default: {
      const unknown: never = event;
      throw new Error(`Unknown webhook event ${(unknown as WebhookEvent).type}`);
    }
  }
}
