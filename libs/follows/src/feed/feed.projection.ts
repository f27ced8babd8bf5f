import type { Contributions } from '@pfp/contributions';
import type { Projection } from '@pfp/event-sourcing';
import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import { DEFAULT_FREQUENCY, type FollowsEvent } from '../domain/follows';
import { foldFeedBatch, subjectsOf, type FeedBatch, type FeedState, type FollowRow, type SubjectRow } from './feed-batch';

export const FEED = 'feed';
/** What it rebuilds. feed_accounts holds the mailer's mark too (mailed_until): carried over from the live table at the switch. */
export const FEED_TABLES = ['follows', 'feed_subjects', 'feed_items', 'feed_accounts'];

/** The follows events it folds (a new one does not compile until it is listed). */
const FOLLOWS_TYPES: Record<FollowsEvent['type'], true> = {
  SubjectFollowed: true,
  SubjectUnfollowed: true,
  FeedMarkedRead: true,
  FeedItemsMarkedRead: true,
  NotificationPreferenceSet: true,
};

/**
 * The event types the feed reads: the follows events and those a followable subject's context
 * says change its title or readers or tell its followers something. The rest of the log is
 * passed over by the store (in SQL, on PostgreSQL). Asked when the consumer starts, after the
 * contexts registered their subjects.
 */
export function feedEventTypes(contributions: Contributions): string[] {
  const types = new Set(Object.keys(FOLLOWS_TYPES));
  for (const subject of contributions.followables()) {
    for (const type of [...Object.keys(subject.changes), ...Object.keys(subject.feedTexts)]) types.add(type);
  }
  return [...types].sort();
}

/**
 * Fan-out on write: each event of a followed subject becomes a row in each follower's feed
 * (those who followed before it and may read the subject). Keyed by (account, event), follows
 * carry the log position they started at, so a replay inserts nothing new. What a subject's
 * event says, and how it changes the subject's title and readers, comes from the subject's
 * context (its FollowableSubject contribution); follows knows no other context.
 *
 * Applied as a set: one batch reads the follows and the rows of every subject it touches (two
 * statements), folds its events over them in memory in log order (foldFeedBatch), and writes
 * what changed with one multi-row statement per table.
 */
export function feedProjection(contributions: Contributions): Projection {
  return {
    name: FEED,
    tables: FEED_TABLES,
    // a getter: the subjects are registered in the contexts' onModuleInit, after this is built
    get types() {
      return feedEventTypes(contributions);
    },
    async handle(events: RecordedEvent[], manager: EntityManager): Promise<void> {
      const subjects = subjectsOf(contributions, events);
      const touchesAccounts = events.some((e) => e.streamName.startsWith('follows-'));
      if (subjects.length === 0 && !touchesAccounts) return;
      const batch = foldFeedBatch(contributions, await readState(manager, subjects), events);
      await writeBatch(manager, batch);
    },
    async carryOver(manager: EntityManager, schemas: { live: string; rebuilt: string }): Promise<void> {
      // what the mailer sent is in no event: keep it (a later preference change may have moved it further)
      await manager.query(
        `UPDATE "${schemas.rebuilt}".feed_accounts n SET mailed_until = GREATEST(n.mailed_until, o.mailed_until)
         FROM "${schemas.live}".feed_accounts o WHERE o.account_id = n.account_id AND o.mailed_until IS NOT NULL`,
      );
    },
  };
}

async function readState(manager: EntityManager, subjects: string[]): Promise<FeedState> {
  const state: FeedState = { follows: new Map(), subjects: new Map() };
  if (subjects.length === 0) return state;
  const [follows, rows]: [
    Array<{ account_id: string; organization_id: string | null; subject_id: string; c: string; p: string }>,
    Array<{ subject_id: string; title: string; readers: string[] | null }>,
  ] = [
    await manager.query(
      `SELECT account_id, organization_id, subject_id, since_commit::text AS c, since_prepare::text AS p FROM follows WHERE subject_id = ANY($1)`,
      [subjects],
    ),
    await manager.query(`SELECT subject_id, title, readers FROM feed_subjects WHERE subject_id = ANY($1)`, [subjects]),
  ];
  for (const f of follows) {
    let of = state.follows.get(f.subject_id);
    if (!of) state.follows.set(f.subject_id, (of = new Map()));
    of.set(f.account_id, {
      accountId: f.account_id,
      organizationId: f.organization_id,
      subjectId: f.subject_id,
      since: { commit: BigInt(f.c), prepare: BigInt(f.p) },
    });
  }
  for (const r of rows) state.subjects.set(r.subject_id, { title: r.title, readers: r.readers });
  return state;
}

async function writeBatch(manager: EntityManager, batch: FeedBatch): Promise<void> {
  if (batch.accounts.size > 0) {
    const accounts = [...batch.accounts].map(([account_id, a]) => ({
      account_id,
      read_until: a.readUntil,
      frequency: a.frequency,
      bump: a.bumpMailed,
      bump_if_none: a.bumpMailedIfNone,
    }));
    await manager.query(`INSERT INTO feed_accounts (account_id, frequency) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING`, [
      accounts.map((a) => a.account_id),
      DEFAULT_FREQUENCY,
    ]);
    const changed = accounts.filter((a) => a.read_until !== null || a.frequency !== null);
    if (changed.length > 0) {
      // every SET sees the row as it was: mailed_until moves on the preference before the batch
      await manager.query(
        `UPDATE feed_accounts a SET read_until = GREATEST(a.read_until, v.read_until), frequency = COALESCE(v.frequency, a.frequency),
           mailed_until = GREATEST(a.mailed_until, v.bump, CASE WHEN a.frequency = 'NONE' THEN v.bump_if_none END)
         FROM jsonb_to_recordset($1::jsonb) AS v(account_id text, read_until timestamptz, frequency text, bump timestamptz, bump_if_none timestamptz)
         WHERE a.account_id = v.account_id`,
        [JSON.stringify(changed)],
      );
    }
  }
  const follows = [...batch.follows.values()].filter((f): f is FollowRow => f !== null);
  const unfollowed = [...batch.follows].filter(([, f]) => f === null).map(([k]) => k.split(' '));
  if (unfollowed.length > 0) {
    await manager.query(`DELETE FROM follows WHERE (subject_id, account_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`, [
      unfollowed.map(([s]) => s),
      unfollowed.map(([, a]) => a),
    ]);
  }
  if (follows.length > 0) {
    await manager.query(
      `INSERT INTO follows (account_id, organization_id, subject_id, since_commit, since_prepare)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[])
       ON CONFLICT (subject_id, account_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, since_commit = EXCLUDED.since_commit, since_prepare = EXCLUDED.since_prepare`,
      [
        follows.map((f) => f.accountId),
        follows.map((f) => f.organizationId),
        follows.map((f) => f.subjectId),
        follows.map((f) => f.since.commit.toString()),
        follows.map((f) => f.since.prepare.toString()),
      ],
    );
  }
  if (batch.subjects.size > 0) {
    const subjects = [...batch.subjects].map(([subject_id, s]: [string, SubjectRow]) => ({ subject_id, title: s.title, readers: s.readers }));
    await manager.query(
      `INSERT INTO feed_subjects (subject_id, title, readers) SELECT r.subject_id, r.title, r.readers
       FROM jsonb_to_recordset($1::jsonb) AS r(subject_id text, title text, readers text[])
       ON CONFLICT (subject_id) DO UPDATE SET title = EXCLUDED.title, readers = EXCLUDED.readers`,
      [JSON.stringify(subjects)],
    );
  }
  if (batch.addressed.length > 0) await writeAddressed(manager, batch.addressed);
  if (batch.items.length > 0) {
    const items = batch.items.map((i) => ({
      account_id: i.accountId,
      event_id: i.id,
      subject_id: i.subjectId,
      subject_kind: i.subjectKind,
      subject_title: i.subjectTitle,
      type: i.type,
      text: i.text,
      metrics: i.metrics,
      occurred_at: i.occurredAt,
    }));
    await manager.query(
      `INSERT INTO feed_items (account_id, event_id, subject_id, subject_kind, subject_title, type, text, metrics, occurred_at)
       SELECT r.account_id, r.event_id, r.subject_id, r.subject_kind, r.subject_title, r.type, r.text, r.metrics, r.occurred_at
       FROM jsonb_to_recordset($1::jsonb) AS r(account_id text, event_id uuid, subject_id text, subject_kind text, subject_title text, type text, text text, metrics jsonb, occurred_at timestamptz)
       ON CONFLICT (account_id, event_id) DO NOTHING`,
      [JSON.stringify(items)],
    );
  }
}

/**
 * An addressed item reaches every account of its organisation (identity's accounts, as the
 * digests read them: the members when the event is folded), each with its feed_accounts row so
 * the digests mail it by the account's preference. A follower's own row (same account and
 * event) is kept: the key makes the second insert nothing.
 */
async function writeAddressed(manager: EntityManager, addressed: FeedBatch['addressed']): Promise<void> {
  const items = addressed.map((i) => ({
    organization_id: i.organizationId,
    event_id: i.id,
    subject_id: i.subjectId,
    subject_kind: i.subjectKind,
    subject_title: i.subjectTitle,
    type: i.type,
    text: i.text,
    metrics: i.metrics,
    occurred_at: i.occurredAt,
  }));
  const members = `FROM jsonb_to_recordset($1::jsonb) AS r(organization_id text, event_id uuid, subject_id text, subject_kind text, subject_title text, type text, text text, metrics jsonb, occurred_at timestamptz)
       JOIN accounts acc ON acc.organization_id::text = substring(r.organization_id from 14) AND acc.removed_at IS NULL`;
  await manager.query(
    `INSERT INTO feed_accounts (account_id, frequency) SELECT DISTINCT 'account-' || acc.id, $2::text ${members} ON CONFLICT DO NOTHING`,
    [JSON.stringify(items), DEFAULT_FREQUENCY],
  );
  await manager.query(
    `INSERT INTO feed_items (account_id, event_id, subject_id, subject_kind, subject_title, type, text, metrics, occurred_at)
     SELECT 'account-' || acc.id, r.event_id, r.subject_id, r.subject_kind, r.subject_title, r.type, r.text, r.metrics, r.occurred_at ${members}
     ON CONFLICT (account_id, event_id) DO NOTHING`,
    [JSON.stringify(items)],
  );
}
