import type { Actor } from '@pfp/kernel';
import { DeciderSpecification } from '@pfp/testing';
import type { FollowsEvent } from './follows';
import { followsAggregate } from './decide';

const spec = DeciderSpecification(followsAggregate);
const at = '2011-06-01T00:00:00.000Z';
const actor: Actor = {
  accountId: 'account-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c',
  organizationId: 'organization-iom',
  organizationKind: 'INTERNATIONAL_ORGANIZATION',
  role: 'ADMIN',
};
const project = 'project-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const followed: FollowsEvent = { type: 'SubjectFollowed', data: { subjectId: project, subjectKind: 'PROJECT', followedAt: at } };
const follow = (subjectId: string, subjectKind: string | null) => ({ type: 'Follow' as const, actor, at, data: { subjectId, subjectKind } });

describe('Follows', () => {
  it('follows what its context says can be followed, with its kind', () => {
    spec.given([]).when(follow(project, 'PROJECT')).then([followed]);
    const call = 'callForAction-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
    spec
      .given([])
      .when(follow(call, 'CALL_FOR_ACTION'))
      .then([{ type: 'SubjectFollowed', data: { subjectId: call, subjectKind: 'CALL_FOR_ACTION', followedAt: at } }]);
  });
  it('refuses what cannot be followed', () =>
    spec.given([]).when(follow('organization-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c', null)).thenThrows('FOLLOW.NOT_FOLLOWABLE', 'BAD_USER_INPUT'));
  it('refuses following twice', () => spec.given([followed]).when(follow(project, 'PROJECT')).thenThrows('FOLLOW.ALREADY_FOLLOWING', 'CONFLICT'));
  it('unfollows what it follows', () =>
    spec
      .given([followed])
      .when({ type: 'Unfollow', actor, at, data: { subjectId: project } })
      .then([{ type: 'SubjectUnfollowed', data: { subjectId: project, unfollowedAt: at } }]));
  it('refuses to unfollow what it does not follow', () =>
    spec
      .given([])
      .when({ type: 'Unfollow', actor, at, data: { subjectId: project } })
      .thenThrows('FOLLOW.NOT_FOLLOWING'));
  it('marks the feed read up to a time, only forwards', () => {
    spec
      .given([])
      .when({ type: 'MarkFeedRead', actor, at, data: { until: at } })
      .then([{ type: 'FeedMarkedRead', data: { readUntil: at } }]);
    spec
      .given([{ type: 'FeedMarkedRead', data: { readUntil: at } }])
      .when({ type: 'MarkFeedRead', actor, at, data: { until: '2011-01-01T00:00:00.000Z' } })
      .then([]);
  });
  it('refuses reading ahead of time', () =>
    spec
      .given([])
      .when({ type: 'MarkFeedRead', actor, at, data: { until: '2012-01-01T00:00:00.000Z' } })
      .thenThrows('FOLLOW.READ_IN_THE_FUTURE'));
  it('sets the notification preference, once per change', () => {
    spec
      .given([])
      .when({ type: 'SetNotificationPreference', actor, at, data: { frequency: 'WEEKLY' } })
      .then([{ type: 'NotificationPreferenceSet', data: { frequency: 'WEEKLY', setAt: at } }]);
    spec
      .given([{ type: 'NotificationPreferenceSet', data: { frequency: 'WEEKLY', setAt: at } }])
      .when({ type: 'SetNotificationPreference', actor, at, data: { frequency: 'WEEKLY' } })
      .then([]);
  });
  it('lets only signed-in accounts send any of them', () => {
    spec
      .given([])
      .when({ ...follow(project, 'PROJECT'), actor: null })
      .thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED');
    spec
      .given([])
      .when({ type: 'MarkFeedRead', actor: null, at, data: { until: at } })
      .thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED');
  });
});
