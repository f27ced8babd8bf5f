import { DeciderSpecification } from '@pfp/testing';
import type { FollowsEvent } from './follows';
import { followsDecider } from './decide';

const spec = DeciderSpecification(followsDecider);
const at = '2011-06-01T00:00:00.000Z';
const project = 'project-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const followed: FollowsEvent = { type: 'SubjectFollowed', data: { subjectId: project, subjectKind: 'PROJECT', followedAt: at } };

describe('Follows', () => {
  it('follows a project, a call or a practice', () => {
    spec.given([]).when({ type: 'Follow', at, data: { subjectId: project } }).then([followed]);
    const call = 'callForAction-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
    spec.given([]).when({ type: 'Follow', at, data: { subjectId: call } }).then([{ type: 'SubjectFollowed', data: { subjectId: call, subjectKind: 'CALL_FOR_ACTION', followedAt: at } }]);
  });
  it('refuses what cannot be followed', () => spec.given([]).when({ type: 'Follow', at, data: { subjectId: 'organization-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c' } }).thenThrows('FOLLOW.NOT_FOLLOWABLE', 'BAD_USER_INPUT'));
  it('refuses following twice', () => spec.given([followed]).when({ type: 'Follow', at, data: { subjectId: project } }).thenThrows('FOLLOW.ALREADY_FOLLOWING', 'CONFLICT'));
  it('unfollows what it follows', () =>
    spec.given([followed]).when({ type: 'Unfollow', at, data: { subjectId: project } }).then([{ type: 'SubjectUnfollowed', data: { subjectId: project, unfollowedAt: at } }]));
  it('refuses to unfollow what it does not follow', () => spec.given([]).when({ type: 'Unfollow', at, data: { subjectId: project } }).thenThrows('FOLLOW.NOT_FOLLOWING'));
  it('marks the feed read up to a time, only forwards', () => {
    spec.given([]).when({ type: 'MarkFeedRead', at, data: { until: at } }).then([{ type: 'FeedMarkedRead', data: { readUntil: at } }]);
    spec.given([{ type: 'FeedMarkedRead', data: { readUntil: at } }]).when({ type: 'MarkFeedRead', at, data: { until: '2011-01-01T00:00:00.000Z' } }).then([]);
  });
  it('refuses reading ahead of time', () => spec.given([]).when({ type: 'MarkFeedRead', at, data: { until: '2012-01-01T00:00:00.000Z' } }).thenThrows('FOLLOW.READ_IN_THE_FUTURE'));
  it('sets the notification preference, once per change', () => {
    spec.given([]).when({ type: 'SetNotificationPreference', at, data: { frequency: 'WEEKLY' } }).then([{ type: 'NotificationPreferenceSet', data: { frequency: 'WEEKLY', setAt: at } }]);
    spec.given([{ type: 'NotificationPreferenceSet', data: { frequency: 'WEEKLY', setAt: at } }]).when({ type: 'SetNotificationPreference', at, data: { frequency: 'WEEKLY' } }).then([]);
  });
});
