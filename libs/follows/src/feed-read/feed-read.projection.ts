import type { Projection } from '@pfp/event-sourcing';
import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import { accountOfFollowsStream, type FollowsEvent } from '../domain/follows';

export const FEED_READ = 'feed-read';
export const FEED_READ_TABLES = ['feed_read_items'];

/**
 * Which feed items each account marked read one by one: a row per (account, item), the first
 * time it was marked kept (a replay or a second mark inserts nothing).
 */
export function feedReadProjection(): Projection {
  return {
    name: FEED_READ,
    types: ['FeedItemsMarkedRead'],
    tables: FEED_READ_TABLES,
    async handle(events: RecordedEvent[], manager: EntityManager): Promise<void> {
      const rows: Array<{ account_id: string; event_id: string; read_at: string }> = [];
      for (const e of events) {
        if (!e.streamName.startsWith('follows-')) continue;
        const event = { type: e.type, data: e.data } as FollowsEvent;
        if (event.type !== 'FeedItemsMarkedRead') continue;
        const accountId = accountOfFollowsStream(e.streamName);
        for (const id of event.data.itemIds) rows.push({ account_id: accountId, event_id: id, read_at: event.data.readAt });
      }
      if (rows.length === 0) return;
      await manager.query(
        `INSERT INTO feed_read_items (account_id, event_id, read_at)
         SELECT r.account_id, r.event_id, r.read_at FROM jsonb_to_recordset($1::jsonb) AS r(account_id text, event_id uuid, read_at timestamptz)
         ON CONFLICT (account_id, event_id) DO NOTHING`,
        [JSON.stringify(rows)],
      );
    },
  };
}
