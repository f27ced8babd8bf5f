import type { DataSource } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Of `itemIds`, those in the account's feed, each with the time of its event: what the
 * MarkFeedItemsRead command needs to refuse another account's or an unknown item.
 */
export async function itemsInFeed(dataSource: DataSource, accountId: string, itemIds: readonly string[]): Promise<Record<string, string>> {
  const ids = itemIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
  if (ids.length === 0) return {};
  const rows: Array<{ event_id: string; occurred_at: Date }> = await dataSource.query(
    `SELECT event_id, occurred_at FROM feed_items WHERE account_id = $1 AND event_id = ANY($2::uuid[])`,
    [accountId, ids],
  );
  const found = new Map(rows.map((r) => [r.event_id, r.occurred_at.toISOString()]));
  // keyed by the ids as given, so the decider names back what the caller sent
  return Object.fromEntries(itemIds.flatMap((id) => (found.has(id.toLowerCase()) ? [[id, found.get(id.toLowerCase())!]] : [])));
}

/** SQL, joined beside `feed_items i`: the item was marked read one by one. */
export const READ_ONE_JOIN = `LEFT JOIN feed_read_items r ON r.account_id = i.account_id AND r.event_id = i.event_id`;
