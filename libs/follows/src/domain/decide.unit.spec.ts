import type { Actor, DomainError } from '@pfp/kernel';
import { DeciderSpecification } from '@pfp/testing';
import { initialFollowsState, type FollowsEvent } from './follows';
import { decideFollows, followsAggregate } from './decide';

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
  describe('marking items read one by one', () => {
    const one = 'c0ffee00-6a43-4c55-9a5b-1d2f3e4a5b6c';
    const two = 'c0ffee01-6a43-4c55-9a5b-1d2f3e4a5b6c';
    const inFeed = { [one]: '2011-05-30T00:00:00.000Z', [two]: '2011-05-31T12:00:00.000Z' };
    const markItems = (itemIds: string[], found: Record<string, string> = inFeed) => ({
      type: 'MarkFeedItemsRead' as const,
      actor,
      at,
      data: { itemIds, inFeed: found },
    });
    it('marks items of its feed read, each once', () => {
      spec
        .given([])
        .when(markItems([one, one]))
        .then([{ type: 'FeedItemsMarkedRead', data: { itemIds: [one], readAt: at } }]);
      spec
        .given([{ type: 'FeedItemsMarkedRead', data: { itemIds: [one], readAt: at } }])
        .when(markItems([one, two]))
        .then([{ type: 'FeedItemsMarkedRead', data: { itemIds: [two], readAt: at } }]);
    });
    it('has nothing to do for items read already, one by one or up to the read mark', () => {
      spec
        .given([{ type: 'FeedItemsMarkedRead', data: { itemIds: [one], readAt: at } }])
        .when(markItems([one]))
        .then([]);
      spec
        .given([{ type: 'FeedMarkedRead', data: { readUntil: '2011-05-31T00:00:00.000Z' } }])
        .when(markItems([one, two]))
        .then([{ type: 'FeedItemsMarkedRead', data: { itemIds: [two], readAt: at } }]);
    });
    it("refuses an unknown item or another account's, naming itemIds", () =>
      spec
        .given([])
        .when(markItems([one, two], { [one]: inFeed[one] }))
        .thenThrows('FOLLOW.UNKNOWN_FEED_ITEM', 'BAD_USER_INPUT'));
    it('names the field and the ids it does not know', () => {
      let thrown: unknown;
      try {
        decideFollows(markItems([one, two], { [one]: inFeed[one] }), initialFollowsState());
      } catch (error) {
        thrown = error;
      }
      expect((thrown as DomainError).fields).toEqual({ itemIds: `not items of your feed: ${two}` });
    });
    it('refuses no item at all, and more than a hundred', () => {
      spec.given([]).when(markItems([])).thenThrows('FOLLOW.NO_FEED_ITEMS', 'BAD_USER_INPUT');
      const many = Array.from({ length: 101 }, (_, i) => `c0ffee${String(i).padStart(2, '0')}-6a43-4c55-9a5b-1d2f3e4a5b6c`);
      spec
        .given([])
        .when(markItems(many, Object.fromEntries(many.map((id) => [id, at]))))
        .thenThrows('FOLLOW.TOO_MANY_FEED_ITEMS', 'BAD_USER_INPUT');
    });
    it('refuses a visitor', () =>
      spec
        .given([])
        .when({ ...markItems([one]), actor: null })
        .thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
  });
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
