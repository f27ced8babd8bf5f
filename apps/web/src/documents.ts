/**
 * Typed operations shared by every page: the fragments others build on, follows, the feed and
 * the figures. Each area keeps its own in pages/<area>/documents.ts. A selection read in more
 * than one place is a fragment, exported with its generated type under the same name.
 * Fragment masking is off: a page reads a fragment's fields straight from the query's result.
 */
import { graphql } from './gql';
import type { FeedEntryFragment } from './gql/graphql';

/** An organisation as the site names it (owners, posters, partners, respondents). */
export const OrganizationName = graphql(`
  fragment OrganizationName on Organization {
    id
    name
  }
`);

/** Where a connection's next page starts. */
export const PageCursor = graphql(`
  fragment PageCursor on PageInfo {
    endCursor
    hasNextPage
  }
`);

/** Whether the viewer now follows the subject (follow and unfollow answer the same). */
export const FollowState = graphql(`
  fragment FollowState on FollowPayload {
    following
    subjectId
  }
`);

export const FollowedDocument = graphql(`
  query Followed {
    followedSubjects
  }
`);

export const FollowDocument = graphql(`
  mutation Follow($input: FollowInput!) {
    follow(input: $input) {
      ...FollowState
    }
  }
`);

export const UnfollowDocument = graphql(`
  mutation Unfollow($input: UnfollowInput!) {
    unfollow(input: $input) {
      ...FollowState
    }
  }
`);

/** One item of the viewer's feed, as loaded with the page and as it arrives live. */
export const FeedEntry = graphql(`
  fragment FeedEntry on FeedItem {
    id
    type
    text
    occurredAt
    read
    subjectId
    subjectKind
    subjectTitle
    pageSubjectId
  }
`);
export type FeedEntry = FeedEntryFragment;

export const FeedDocument = graphql(`
  query Feed($first: Int, $after: String) {
    feed(first: $first, after: $after) {
      totalCount
      unreadCount
      edges {
        node {
          ...FeedEntry
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const FeedSubscriptionDocument = graphql(`
  subscription LiveFeed {
    feed {
      ...FeedEntry
    }
  }
`);

export const NotificationPreferenceDocument = graphql(`
  query NotificationPreference {
    notificationPreference
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      frequency
    }
  }
`);

export const PlatformStatsDocument = graphql(`
  query PlatformStats {
    platformStats {
      practicesPublished
      statesSharingPractices
      callsForAction
      activeProjects
      inactiveProjects
      callsConvertedToProjects
      updatesLast30Days
    }
  }
`);

/** The header's count: how many feed items the viewer has not read. */
export const FeedUnreadDocument = graphql(`
  query FeedUnread {
    feed(first: 1) {
      unreadCount
    }
  }
`);

export const MarkFeedReadDocument = graphql(`
  mutation MarkFeedRead($input: MarkFeedReadInput) {
    markFeedRead(input: $input) {
      unreadCount
      readUntil
    }
  }
`);
