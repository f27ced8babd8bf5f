import { ConflictError, ValidationError, type Aggregate, type Command } from '@pfp/kernel';
import { evolveFollows, initialFollowsState, type Frequency, type FollowsEvent, type FollowsState, type SubjectKind } from './follows';
import { followsPolicies } from './policies';

export type FollowsCommand =
  /** `subjectKind`: what the id names, as the subject's context registered it; null when nothing followable. */
  | Command<'Follow', { subjectId: string; subjectKind: SubjectKind | null }>
  | Command<'Unfollow', { subjectId: string }>
  | Command<'MarkFeedRead', { until: string }>
  | Command<'SetNotificationPreference', { frequency: Frequency }>;

export const FOLLOW_ERRORS = {
  NOT_FOLLOWABLE: 'FOLLOW.NOT_FOLLOWABLE',
  ALREADY_FOLLOWING: 'FOLLOW.ALREADY_FOLLOWING',
  NOT_FOLLOWING: 'FOLLOW.NOT_FOLLOWING',
  FUTURE: 'FOLLOW.READ_IN_THE_FUTURE',
} as const;

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

/** One stream per account, `follows-<account uuid>`: only its own account writes it. */
export const followsAggregate: Aggregate<FollowsState, FollowsCommand, FollowsEvent> = {
  category: 'follows',
  initialState: initialFollowsState,
  decide: decideFollows,
  evolve: evolveFollows,
  policies: followsPolicies,
};
