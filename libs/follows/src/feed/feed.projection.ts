import type { Contributions, FollowableSubject, SubjectChange } from '@pfp/contributions';
import type { Projection } from '@pfp/event-sourcing';
import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import { accountOfFollowsStream, DEFAULT_FREQUENCY, type FollowsEvent } from '../domain/follows';
import { feedItemOf } from './feed-item';

export const FEED = 'feed';

/**
 * Fan-out on write: each event of a followed subject becomes a row in each follower's feed
 * (those who followed before it and may read the subject). Keyed by (account, event), follows
 * carry the log position they started at, so a replay inserts nothing new. What a subject's
 * event says, and how it changes the subject's title and readers, comes from the subject's
 * context (its FollowableSubject contribution); follows knows no other context.
 */
export function feedProjection(contributions: Contributions): Projection {
  return {
    name: FEED,
    async handle(events: RecordedEvent[], manager: EntityManager): Promise<void> {
      for (const e of events) {
        if (e.streamName.startsWith('follows-')) {
          await applyFollows(e, manager);
          continue;
        }
        const subject = contributions.subjectOf(e.streamName);
        if (subject) await applySubjectEvent(contributions, subject, e, manager);
      }
    },
  };
}

async function applyFollows(e: RecordedEvent, manager: EntityManager): Promise<void> {
  const account = accountOfFollowsStream(e.streamName);
  const event = { type: e.type, data: e.data } as FollowsEvent;
  await manager.query(`INSERT INTO feed_accounts (account_id, frequency) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [account, DEFAULT_FREQUENCY]);
  switch (event.type) {
    case 'SubjectFollowed':
      await manager.query(
        `INSERT INTO follows (account_id, organization_id, subject_id, since_commit, since_prepare) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (subject_id, account_id) DO UPDATE SET since_commit = EXCLUDED.since_commit, since_prepare = EXCLUDED.since_prepare
         WHERE (follows.since_commit, follows.since_prepare) < (EXCLUDED.since_commit, EXCLUDED.since_prepare)`,
        [account, e.metadata.actor?.organizationId ?? null, event.data.subjectId, e.position.commit.toString(), e.position.prepare.toString()],
      );
      return;
    case 'SubjectUnfollowed':
      await manager.query(`DELETE FROM follows WHERE account_id = $1 AND subject_id = $2 AND (since_commit, since_prepare) < ($3::bigint, $4::bigint)`, [
        account,
        event.data.subjectId,
        e.position.commit.toString(),
        e.position.prepare.toString(),
      ]);
      return;
    case 'FeedMarkedRead':
      await manager.query(`UPDATE feed_accounts SET read_until = GREATEST(read_until, $2::timestamptz) WHERE account_id = $1`, [account, event.data.readUntil]);
      return;
    case 'NotificationPreferenceSet':
      // Into or out of NONE, what came before is not mailed later. The log's order is the
      // preference's order: a replayed older event is followed by the newer one again.
      await manager.query(
        `UPDATE feed_accounts SET frequency = $2,
           mailed_until = CASE WHEN $2 = 'NONE' OR frequency = 'NONE' THEN GREATEST(mailed_until, $3::timestamptz) ELSE mailed_until END
         WHERE account_id = $1`,
        [account, event.data.frequency, event.data.setAt],
      );
      return;
    default: {
      const unknown: never = event;
      throw new Error(`Unknown follows event ${(unknown as FollowsEvent).type}`);
    }
  }
}

async function applySubjectEvent(contributions: Contributions, subject: FollowableSubject, e: RecordedEvent, manager: EntityManager): Promise<void> {
  const changeOf = (subject.changes as Record<string, ((data: unknown) => SubjectChange | null) | undefined>)[e.type];
  const change = changeOf?.(e.data ?? {}) ?? null;
  if (change) await applyChange(e.streamName, change, manager);
  const item = feedItemOf(contributions, e, '');
  if (!item) return;
  await manager.query(
    `INSERT INTO feed_items (account_id, event_id, subject_id, subject_kind, subject_title, type, text, metrics, occurred_at)
     SELECT f.account_id, $2, $1, $3, COALESCE(s.title, $1), $4, $5, $6, $7
     FROM follows f LEFT JOIN feed_subjects s ON s.subject_id = f.subject_id
     WHERE f.subject_id = $1 AND (f.since_commit, f.since_prepare) < ($8::bigint, $9::bigint)
       AND (s.readers IS NULL OR f.organization_id = ANY(s.readers))
     ON CONFLICT (account_id, event_id) DO NOTHING`,
    [
      e.streamName,
      e.id,
      item.subjectKind,
      item.type,
      item.text,
      JSON.stringify(item.metrics),
      item.occurredAt,
      e.position.commit.toString(),
      e.position.prepare.toString(),
    ],
  );
}

/** The subject's title and readers as its event leaves them (readers only ever narrow or widen a restricted subject). */
async function applyChange(subjectId: string, change: SubjectChange, manager: EntityManager): Promise<void> {
  if (change.title !== undefined || change.readers !== undefined) {
    await manager.query(
      `INSERT INTO feed_subjects (subject_id, title, readers) VALUES ($1, COALESCE($2::text, $1), $3::text[])
       ON CONFLICT (subject_id) DO UPDATE SET title = COALESCE($2::text, feed_subjects.title),
         readers = CASE WHEN $4::boolean THEN $3::text[] ELSE feed_subjects.readers END`,
      [subjectId, change.title ?? null, change.readers ?? null, change.readers !== undefined],
    );
  }
  if (change.readerAdded) {
    await manager.query(`UPDATE feed_subjects SET readers = array_append(array_remove(readers, $2), $2) WHERE subject_id = $1 AND readers IS NOT NULL`, [
      subjectId,
      change.readerAdded,
    ]);
  }
  if (change.readerRemoved) {
    await manager.query(`UPDATE feed_subjects SET readers = array_remove(readers, $2) WHERE subject_id = $1 AND readers IS NOT NULL`, [
      subjectId,
      change.readerRemoved,
    ]);
  }
}
