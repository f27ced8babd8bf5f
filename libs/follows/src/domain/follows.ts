import type { DomainEvent } from '@pfp/kernel';

/** A FollowSubjectKind value: each context that has followable subjects declares its own (libs/contributions). */
export type SubjectKind = string;
export const FREQUENCIES = ['NONE', 'IMMEDIATELY', 'DAILY', 'WEEKLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export type FollowsEvent =
  | DomainEvent<'SubjectFollowed', { subjectId: string; subjectKind: SubjectKind; followedAt: string }>
  | DomainEvent<'SubjectUnfollowed', { subjectId: string; unfollowedAt: string }>
  | DomainEvent<'FeedMarkedRead', { readUntil: string }>
  /** Some items read one by one (ids of the events they report), whatever the read mark. */
  | DomainEvent<'FeedItemsMarkedRead', { itemIds: string[]; readAt: string }>
  | DomainEvent<'NotificationPreferenceSet', { frequency: Frequency; setAt: string }>;

export interface FollowsDetails {
  following: Record<string, SubjectKind>;
  frequency: Frequency;
  readUntil: string | null;
  /** Items marked read one by one (their ids), beside the read mark. */
  readItems: Record<string, true>;
}

/** One stream per account (`follows-<account uuid>`): what it follows, how it wants mail, how far it has read. */
export type FollowsState = { status: 'NONE' } | { status: 'ACTIVE'; follows: FollowsDetails };

export const initialFollowsState = (): FollowsState => ({ status: 'NONE' });

/** New accounts get a daily digest of what they follow. */
export const DEFAULT_FREQUENCY: Frequency = 'DAILY';

export function evolveFollows(state: FollowsState, event: FollowsEvent): FollowsState {
  const f: FollowsDetails = state.status === 'ACTIVE' ? state.follows : { following: {}, frequency: DEFAULT_FREQUENCY, readUntil: null, readItems: {} };
  switch (event.type) {
    case 'SubjectFollowed':
      return { status: 'ACTIVE', follows: { ...f, following: { ...f.following, [event.data.subjectId]: event.data.subjectKind } } };
    case 'SubjectUnfollowed': {
      const following = { ...f.following };
      delete following[event.data.subjectId];
      return { status: 'ACTIVE', follows: { ...f, following } };
    }
    case 'FeedMarkedRead':
      return { status: 'ACTIVE', follows: { ...f, readUntil: event.data.readUntil } };
    case 'FeedItemsMarkedRead': {
      const readItems = { ...f.readItems };
      for (const id of event.data.itemIds) readItems[id] = true;
      return { status: 'ACTIVE', follows: { ...f, readItems } };
    }
    case 'NotificationPreferenceSet':
      return { status: 'ACTIVE', follows: { ...f, frequency: event.data.frequency } };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown follows event ${(unknown as FollowsEvent).type}`);
    }
  }
}

export const followsStreamOf = (accountId: string): string => `follows-${accountId.replace(/^account-/, '')}`;
export const accountOfFollowsStream = (stream: string): string => `account-${stream.slice('follows-'.length)}`;
