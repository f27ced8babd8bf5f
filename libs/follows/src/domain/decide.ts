import { ConflictError, ValidationError, type Decider } from '@pfp/kernel';
import { evolveFollows, initialFollowsState, subjectKindOf, type Frequency, type FollowsEvent, type FollowsState } from './follows';

export type FollowsCommand =
  | { type: 'Follow'; at: string; data: { subjectId: string } }
  | { type: 'Unfollow'; at: string; data: { subjectId: string } }
  | { type: 'MarkFeedRead'; at: string; data: { until: string } }
  | { type: 'SetNotificationPreference'; at: string; data: { frequency: Frequency } };

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
      const subjectKind = subjectKindOf(command.data.subjectId);
      if (!subjectKind) throw new ValidationError(FOLLOW_ERRORS.NOT_FOLLOWABLE, 'Only projects, practices and calls for action can be followed.', { subjectId: 'must be a project, practice or callForAction id' });
      if (command.data.subjectId in following(state)) throw new ConflictError(FOLLOW_ERRORS.ALREADY_FOLLOWING, 'You already follow this.');
      return [{ type: 'SubjectFollowed', data: { subjectId: command.data.subjectId, subjectKind, followedAt: command.at } }];
    }
    case 'Unfollow':
      if (!(command.data.subjectId in following(state))) throw new ValidationError(FOLLOW_ERRORS.NOT_FOLLOWING, 'You do not follow this.', { subjectId: 'is not followed' });
      return [{ type: 'SubjectUnfollowed', data: { subjectId: command.data.subjectId, unfollowedAt: command.at } }];
    case 'MarkFeedRead': {
      if (Date.parse(command.data.until) > Date.parse(command.at) + 60_000) throw new ValidationError(FOLLOW_ERRORS.FUTURE, 'The feed cannot be read ahead of time.', { until: 'must not be in the future' });
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

export const followsDecider: Decider<FollowsState, FollowsCommand, FollowsEvent> = {
  initialState: initialFollowsState,
  decide: decideFollows,
  evolve: evolveFollows,
};
