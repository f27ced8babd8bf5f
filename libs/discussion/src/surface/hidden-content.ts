import type { HiddenContentSource } from '@pfp/contributions';
import type { DataSource } from 'typeorm';

/**
 * The registry's source: what the Support Unit hid. Comments and messages (their ids, and the
 * ids of the events that carried their text, which are the feed's item ids), and published
 * items of other contexts by their own ids.
 */
export function hiddenContent(dataSource: DataSource): HiddenContentSource {
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
    async hiddenOf(category) {
      if (category === 'comment') {
        const rows: Array<{ id: string }> = await dataSource.query(
          `SELECT h AS id FROM discussion_comments, unnest(hidden_ids) h WHERE cardinality(hidden_ids) > 0 AND h LIKE 'comment-%'`,
        );
        return rows.map((r) => r.id);
      }
      const rows: Array<{ id: string }> = await dataSource.query(`SELECT item_id AS id FROM item_moderation WHERE hidden AND item_id LIKE $1`, [
        `${category}-%`,
      ]);
      return rows.map((r) => r.id);
    },
  };
}
