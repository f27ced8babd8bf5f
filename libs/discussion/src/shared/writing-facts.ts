import type { DataSource } from 'typeorm';
import type { WritingFacts } from '../domain/guards';
import { normalizedText } from '../domain/guards';

/**
 * What the spam guards need of an account's writing, from this context's read models (comments
 * and messages by the account, through their author_ids index). `at` is the command's time.
 */
export async function writingFacts(dataSource: DataSource, accountId: string, kind: 'comment' | 'message', body: string, at: Date): Promise<WritingFacts> {
  const [row]: Array<{ last_hour: number; total: number; same: boolean | null }> = await dataSource.query(
    `WITH w AS (
       SELECT 'comment' AS kind, c->>'body' AS body, (c->>'postedAt')::timestamptz AS at
         FROM discussion_comments d, jsonb_array_elements(d.doc->'comments') c
        WHERE d.author_ids @> ARRAY[$1]::text[] AND c->>'authorAccountId' = $1
       UNION ALL
       SELECT 'message', m->>'body', (m->>'sentAt')::timestamptz
         FROM conversations v, jsonb_array_elements(v.doc->'messages') m
        WHERE v.author_ids @> ARRAY[$1]::text[] AND m->>'senderAccountId' = $1)
     SELECT count(*) FILTER (WHERE kind = $2 AND at > $3::timestamptz - interval '1 hour')::int AS last_hour,
            count(*)::int AS total,
            bool_or(kind = $2 AND at > $3::timestamptz - interval '1 day' AND lower(regexp_replace(btrim(body), '\\s+', ' ', 'g')) = $4) AS same
       FROM w`,
    [accountId, kind, at.toISOString(), normalizedText(body)],
  );
  return { lastHour: row?.last_hour ?? 0, writtenBefore: row?.total ?? 0, sameTextLastDay: row?.same === true };
}
