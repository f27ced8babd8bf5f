import type { HiddenContentSource } from '@pfp/contributions';
import type { DataSource } from 'typeorm';

/**
 * How old a category's hidden ids may be when this process's moderation read models have not
 * moved: what another process hid reaches this one's lists within it (the practices' search
 * index reads other processes' writes as often).
 */
export const HIDDEN_OF_CACHE_MS = 100;

/**
 * The registry's source: what the Support Unit hid. Comments and messages (their ids, and the
 * ids of the events that carried their text, which are the feed's item ids), and published
 * items of other contexts by their own ids.
 *
 * `moved`, when given, says where this process's moderation projections stand: `hiddenOf`, asked
 * by every list and search, is then kept per category until they move (a hide made here leaves
 * the lists as its mutation returns) or for HIDDEN_OF_CACHE_MS, instead of a query per request.
 */
export function hiddenContent(dataSource: DataSource, moved?: () => string): HiddenContentSource {
  const kept = new Map<string, { at: number; moved: string; ids: Promise<string[]> }>();
  const hiddenOf = async (category: string): Promise<string[]> => {
    if (category === 'comment') {
      const rows: Array<{ id: string }> = await dataSource.query(
        `SELECT h AS id FROM discussion_comments, unnest(hidden_ids) h WHERE cardinality(hidden_ids) > 0 AND h LIKE 'comment-%'`,
      );
      return rows.map((r) => r.id);
    }
    const rows: Array<{ id: string }> = await dataSource.query(`SELECT item_id AS id FROM item_moderation WHERE hidden AND item_id LIKE $1`, [`${category}-%`]);
    return rows.map((r) => r.id);
  };
  return {
    async hiddenAmong(ids) {
      const rows: Array<{ id: string }> = await dataSource.query(
        `SELECT h AS id FROM discussion_comments, unnest(hidden_ids) h WHERE hidden_ids && $1::text[] AND h = ANY($1::text[])
         UNION SELECT h FROM conversations, unnest(hidden_ids) h WHERE hidden_ids && $1::text[] AND h = ANY($1::text[])
         UNION SELECT item_id FROM item_moderation WHERE hidden AND item_id = ANY($1::text[])`,
        [[...ids]],
      );
      return new Set(rows.map((r) => r.id));
    },
    async allHidden() {
      const rows: Array<{ id: string }> = await dataSource.query(
        `SELECT h AS id FROM discussion_comments, unnest(hidden_ids) h WHERE cardinality(hidden_ids) > 0
         UNION SELECT h FROM conversations, unnest(hidden_ids) h WHERE cardinality(hidden_ids) > 0
         UNION SELECT item_id FROM item_moderation WHERE hidden`,
      );
      return rows.map((r) => r.id);
    },
    hiddenOf(category) {
      if (!moved) return hiddenOf(category);
      const now = Date.now();
      const at = moved();
      const entry = kept.get(category);
      if (entry && entry.moved === at && now - entry.at < HIDDEN_OF_CACHE_MS) return entry.ids;
      const ids = hiddenOf(category);
      kept.set(category, { at: now, moved: at, ids });
      ids.catch(() => kept.delete(category));
      return ids;
    },
  };
}
