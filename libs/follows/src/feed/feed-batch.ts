import type { Contributions, SubjectChange } from '@pfp/contributions';
import { comparePositions, type GlobalPosition, type RecordedEvent } from '@pfp/event-store';
import { accountOfFollowsStream, type FollowsEvent } from '../domain/follows';
import { feedItemOf, type FeedItemData } from './feed-item';

/** A row of `follows`: who follows what since which log position. */
export interface FollowRow {
  accountId: string;
  organizationId: string | null;
  subjectId: string;
  since: GlobalPosition;
}

/** A row of `feed_subjects`: the title followers see and who may read it (null: anyone). */
export interface SubjectRow {
  title: string;
  readers: string[] | null;
}

/**
 * What a batch does to an account's row of `feed_accounts`, reduced so one UPDATE applies it
 * as the events one by one would: the latest read mark, the last preference, and the times
 * mailed_until moves to (always, or only if the account's preference was NONE before the batch).
 */
export interface AccountChange {
  readUntil: string | null;
  frequency: string | null;
  bumpMailed: string | null;
  bumpMailedIfNone: string | null;
}

/** What a batch read before folding: the follows of every subject it touches, and those subjects' rows. */
export interface FeedState {
  follows: Map<string, Map<string, FollowRow>>;
  subjects: Map<string, SubjectRow>;
}

export interface FeedBatch {
  /** Accounts the batch's follows events name (each gets its row). */
  accounts: Map<string, AccountChange>;
  /** Follows as the batch leaves them: null where one was deleted. */
  follows: Map<string, FollowRow | null>;
  subjects: Map<string, SubjectRow>;
  items: Array<FeedItemData & { accountId: string }>;
  /** Items for every member of an organisation the event addresses (the writer expands them; a follower's own row wins). */
  addressed: Array<FeedItemData & { organizationId: string }>;
}

const changeOf = (contributions: Contributions, e: RecordedEvent): SubjectChange | null => {
  const subject = contributions.subjectOf(e.streamName);
  const of = subject ? (subject.changes as Record<string, ((data: unknown) => SubjectChange | null) | undefined>)[e.type] : undefined;
  return of?.(e.data ?? {}) ?? null;
};

/** The subjects a batch touches: those of its follows events, the streams of followable subjects, and the subjects those are about (for their titles). */
export function subjectsOf(contributions: Contributions, events: readonly RecordedEvent[]): string[] {
  const subjects = new Set<string>();
  for (const e of events) {
    if (e.streamName.startsWith('follows-')) {
      const subjectId = (e.data as { subjectId?: string } | null)?.subjectId;
      if (subjectId) subjects.add(subjectId);
    } else if (contributions.subjectOf(e.streamName)) {
      subjects.add(e.streamName);
      const about = changeOf(contributions, e)?.about;
      if (about) subjects.add(about.subjectId);
    }
  }
  return [...subjects];
}

const later = (a: string | null, b: string): string => (a === null || Date.parse(b) > Date.parse(a) ? b : a);
const key = (subjectId: string, accountId: string) => `${subjectId} ${accountId}`;

/**
 * The batch's events folded in log order over what it read, as the per-event statements did
 * them: a follow moves only forward in the log, an unfollow deletes only an older follow, a
 * subject's event changes its title and readers and then reaches those who followed before
 * it and may read it. Pure: the caller writes the result.
 */
export function foldFeedBatch(contributions: Contributions, state: FeedState, events: readonly RecordedEvent[]): FeedBatch {
  const batch: FeedBatch = { accounts: new Map(), follows: new Map(), subjects: new Map(), items: [], addressed: [] };
  const followsOf = (subjectId: string) => {
    let of = state.follows.get(subjectId);
    if (!of) state.follows.set(subjectId, (of = new Map()));
    return of;
  };
  for (const e of events) {
    if (e.streamName.startsWith('follows-')) {
      const accountId = accountOfFollowsStream(e.streamName);
      const account = batch.accounts.get(accountId) ?? { readUntil: null, frequency: null, bumpMailed: null, bumpMailedIfNone: null };
      batch.accounts.set(accountId, account);
      const event = { type: e.type, data: e.data } as FollowsEvent;
      switch (event.type) {
        case 'SubjectFollowed': {
          const of = followsOf(event.data.subjectId);
          const row = of.get(accountId);
          if (row && comparePositions(row.since, e.position) >= 0) break;
          const next = row
            ? { ...row, since: e.position }
            : { accountId, organizationId: e.metadata.actor?.organizationId ?? null, subjectId: event.data.subjectId, since: e.position };
          of.set(accountId, next);
          batch.follows.set(key(next.subjectId, accountId), next);
          break;
        }
        case 'SubjectUnfollowed': {
          const of = followsOf(event.data.subjectId);
          const row = of.get(accountId);
          if (!row || comparePositions(row.since, e.position) >= 0) break;
          of.delete(accountId);
          batch.follows.set(key(event.data.subjectId, accountId), null);
          break;
        }
        case 'FeedMarkedRead':
          account.readUntil = later(account.readUntil, event.data.readUntil);
          break;
        case 'FeedItemsMarkedRead':
          // the read items' own read model (feed-read) holds them
          break;
        case 'NotificationPreferenceSet': {
          // into or out of NONE, what came before is not mailed later; the first one depends on the stored preference
          const before = account.frequency;
          if (event.data.frequency === 'NONE' || before === 'NONE') account.bumpMailed = later(account.bumpMailed, event.data.setAt);
          else if (before === null) account.bumpMailedIfNone = event.data.setAt;
          account.frequency = event.data.frequency;
          break;
        }
        default: {
          const unknown: never = event;
          throw new Error(`Unknown follows event ${(unknown as FollowsEvent).type}`);
        }
      }
      continue;
    }
    const subject = contributions.subjectOf(e.streamName);
    if (!subject) continue;
    const change = changeOf(contributions, e);
    if (change) applyChange(state, batch, e.streamName, change);
    const item = feedItemOf(contributions, e, '');
    if (!item) continue;
    const row = state.subjects.get(e.streamName);
    const subjectTitle = row?.title ?? e.streamName;
    for (const follow of state.follows.get(e.streamName)?.values() ?? []) {
      if (comparePositions(follow.since, e.position) >= 0) continue;
      if (row?.readers && !(follow.organizationId !== null && row.readers.includes(follow.organizationId))) continue;
      batch.items.push({ ...item, subjectTitle, accountId: follow.accountId });
    }
    for (const organizationId of contributions.addressedBy(e, row?.readers ?? null)) batch.addressed.push({ ...item, subjectTitle, organizationId });
  }
  return batch;
}

/** The subject's title and readers as its event leaves them (readers only ever narrow or widen a restricted subject). */
function applyChange(state: FeedState, batch: FeedBatch, subjectId: string, given: SubjectChange): void {
  const aboutTitle = given.about ? state.subjects.get(given.about.subjectId)?.title : undefined;
  const change = given.about && aboutTitle !== undefined ? { ...given, title: `${given.about.prefix}${aboutTitle}` } : given;
  let row = state.subjects.get(subjectId);
  if (change.title !== undefined || change.readers !== undefined) {
    row = row
      ? { title: change.title ?? row.title, readers: change.readers !== undefined ? change.readers : row.readers }
      : { title: change.title ?? subjectId, readers: change.readers ?? null };
  }
  if (row?.readers && change.readerAdded) row = { ...row, readers: [...row.readers.filter((r) => r !== change.readerAdded), change.readerAdded] };
  if (row?.readers && change.readerRemoved) row = { ...row, readers: row.readers.filter((r) => r !== change.readerRemoved) };
  if (row && row !== state.subjects.get(subjectId)) {
    state.subjects.set(subjectId, row);
    batch.subjects.set(subjectId, row);
  }
}
