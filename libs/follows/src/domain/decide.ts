import { ConflictError, ValidationError, type Aggregate, type Command } from '@pfp/kernel';
import { evolveFollows, initialFollowsState, type Frequency, type FollowsEvent, type FollowsState, type SubjectKind } from './follows';
import { followsPolicies } from './policies';

export type FollowsCommand =
  /** `subjectKind`: what the id names, as the subject's context registered it; null when nothing followable. */
  | Command<'Follow', { subjectId: string; subjectKind: SubjectKind | null }>
  | Command<'Unfollow', { subjectId: string }>
  | Command<'MarkFeedRead', { until: string }>
  /**
   * `inFeed`: of `itemIds`, those the account's feed holds, each with the time of its event
   * (the caller looks them up; an id missing from it is unknown or another account's).
   */
  | Command<'MarkFeedItemsRead', { itemIds: string[]; inFeed: Record<string, string> }>
  | Command<'SetNotificationPreference', { frequency: Frequency }>;

export const FOLLOW_ERRORS = {
  NOT_FOLLOWABLE: 'FOLLOW.NOT_FOLLOWABLE',
  ALREADY_FOLLOWING: 'FOLLOW.ALREADY_FOLLOWING',
  NOT_FOLLOWING: 'FOLLOW.NOT_FOLLOWING',
  FUTURE: 'FOLLOW.READ_IN_THE_FUTURE',
  NO_ITEMS: 'FOLLOW.NO_FEED_ITEMS',
  TOO_MANY_ITEMS: 'FOLLOW.TOO_MANY_FEED_ITEMS',
  UNKNOWN_ITEM: 'FOLLOW.UNKNOWN_FEED_ITEM',
  ITEMS_AND_UNTIL: 'FOLLOW.ITEMS_AND_UNTIL',
} as const;

/** How many items one call may mark read one by one (more: mark all up to a time). */
export const MAX_ITEMS_MARKED_READ = 100;

const following = (state: FollowsState): Record<string, unknown> => (state.status === 'ACTIVE' ? state.follows.following : {});

export function decideFollows(command: FollowsCommand, state: FollowsState): FollowsEvent[] {
  switch (command.type) {
    case 'Follow': {
      const { subjectId, subjectKind } = command.data;
      if (!subjectKind)
        throw new ValidationError(FOLLOW_ERRORS.NOT_FOLLOWABLE, 'This cannot be followed.', { subjectId: 'must be the id of something that can be followed' });
      if (subjectId in following(state)) throw new ConflictError(FOLLOW_ERRORS.ALREADY_FOLLOWING, 'You already follow this.');
      return [{ type: 'SubjectFollowed', data: { subjectId, subjectKind, followedAt: command.at } }];
    }
    case 'Unfollow':
      if (!(command.data.subjectId in following(state)))
        throw new ValidationError(FOLLOW_ERRORS.NOT_FOLLOWING, 'You do not follow this.', { subjectId: 'is not followed' });
      return [{ type: 'SubjectUnfollowed', data: { subjectId: command.data.subjectId, unfollowedAt: command.at } }];
    case 'MarkFeedRead': {
      if (Date.parse(command.data.until) > Date.parse(command.at) + 60_000)
        throw new ValidationError(FOLLOW_ERRORS.FUTURE, 'The feed cannot be read ahead of time.', { until: 'must not be in the future' });
      const current = state.status === 'ACTIVE' ? state.follows.readUntil : null;
      if (current && Date.parse(current) >= Date.parse(command.data.until)) return [];
      return [{ type: 'FeedMarkedRead', data: { readUntil: command.data.until } }];
    }
    case 'MarkFeedItemsRead':
      return markItemsRead(command.data, command.at, state);
    case 'SetNotificationPreference': {
      if (state.status === 'ACTIVE' && state.follows.frequency === command.data.frequency) return [];
      return [{ type: 'NotificationPreferenceSet', data: { frequency: command.data.frequency, setAt: command.at } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as FollowsCommand).type}`);
    }
  }
}

function markItemsRead(data: { itemIds: string[]; inFeed: Record<string, string> }, at: string, state: FollowsState): FollowsEvent[] {
  const ids = [...new Set(data.itemIds)];
  if (ids.length === 0) throw new ValidationError(FOLLOW_ERRORS.NO_ITEMS, 'Name at least one feed item.', { itemIds: 'must name at least one item' });
  if (ids.length > MAX_ITEMS_MARKED_READ)
    throw new ValidationError(FOLLOW_ERRORS.TOO_MANY_ITEMS, `At most ${MAX_ITEMS_MARKED_READ} items at a time.`, {
      itemIds: `must name at most ${MAX_ITEMS_MARKED_READ} items`,
    });
  const unknown = ids.filter((id) => !(id in data.inFeed));
  if (unknown.length > 0)
    throw new ValidationError(FOLLOW_ERRORS.UNKNOWN_ITEM, 'Not an item of your feed.', { itemIds: `not items of your feed: ${unknown.join(', ')}` });
  const follows = state.status === 'ACTIVE' ? state.follows : null;
  const readUntil = follows?.readUntil ? Date.parse(follows.readUntil) : null;
  const unread = ids.filter((id) => !follows?.readItems[id] && (readUntil === null || Date.parse(data.inFeed[id]) > readUntil));
  return unread.length === 0 ? [] : [{ type: 'FeedItemsMarkedRead', data: { itemIds: unread, readAt: at } }];
}

/** One stream per account, `follows-<account uuid>`: only its own account writes it. */
export const followsAggregate: Aggregate<FollowsState, FollowsCommand, FollowsEvent> = {
  category: 'follows',
  initialState: initialFollowsState,
  decide: decideFollows,
  evolve: evolveFollows,
  policies: followsPolicies,
};
