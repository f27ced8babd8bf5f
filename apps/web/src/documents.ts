/**
 * Typed operations for calls for action, partnership projects, follows, the feed and the figures.
 * A selection the site reads in more than one place is a fragment; each is exported with its
 * generated type under the same name (e.g. `CallSummary`), which is what components take as props.
 * Fragment masking is off: a page reads a fragment's fields straight from the query's result.
 */
import { graphql } from './gql';
import type { CallSummaryFragment, FeedEntryFragment, ProjectSummaryFragment, ProjectUpdateEntryFragment } from './gql/graphql';

// ---- Fragments shared with practice-documents.ts

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

// ---- Calls for action

/** What a call's card and the top of its page show. */
export const CallSummary = graphql(`
  fragment CallSummary on CallForAction {
    id
    title
    kind
    status
    countries
    deadline
    posters {
      organizationId
      organization {
        ...OrganizationName
      }
    }
  }
`);
export type CallSummary = CallSummaryFragment;

/** A call mutation's answer: the stream's new revision and the call's id. */
export const CallRevision = graphql(`
  fragment CallRevision on CallForActionPayload {
    revision
    callForAction {
      id
    }
  }
`);

export const CallsDocument = graphql(`
  query Calls($filter: CallsForActionFilter, $first: Int) {
    callsForAction(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...CallSummary
        }
      }
    }
  }
`);

export const CallDocument = graphql(`
  query Call($id: ID!) {
    callForAction(id: $id) {
      ...CallSummary
      description
      revision
      postedAt
      projectId
      responses {
        organizationId
        organization {
          ...OrganizationName
        }
        offerKind
        message
        respondedAt
        status
      }
    }
  }
`);

export const PostCallDocument = graphql(`
  mutation PostCall($input: PostCallForActionInput!) {
    postCallForAction(input: $input) {
      ...CallRevision
    }
  }
`);

export const RespondToCallDocument = graphql(`
  mutation RespondToCall($input: RespondToCallForActionInput!) {
    respondToCallForAction(input: $input) {
      ...CallRevision
    }
  }
`);

// ---- Partnership projects

/** What a project's card and the top of its page show. */
export const ProjectSummary = graphql(`
  fragment ProjectSummary on PartnershipProject {
    id
    title
    summary
    status
    countries
    inactive
    leadOrganizationId
    partners {
      organizationId
      role
      organization {
        ...OrganizationName
      }
    }
  }
`);
export type ProjectSummary = ProjectSummaryFragment;

/** One entry of a project's timeline, as loaded with the project and as it arrives live. */
export const ProjectUpdateEntry = graphql(`
  fragment ProjectUpdateEntry on ProjectUpdate {
    id
    text
    postedAt
    videoUrl
    organizationId
    metrics {
      indicator
      value
    }
  }
`);
export type ProjectUpdateEntry = ProjectUpdateEntryFragment;

export const ProjectsDocument = graphql(`
  query Projects($filter: PartnershipProjectsFilter, $first: Int) {
    partnershipProjects(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...ProjectSummary
        }
      }
    }
  }
`);

export const ProjectDocument = graphql(`
  query Project($id: ID!) {
    partnershipProject(id: $id) {
      ...ProjectSummary
      objectives
      startsOn
      endsOn
      revision
      fromCallId
      milestones {
        id
        title
        plannedOn
        reachedOn
      }
      updates {
        ...ProjectUpdateEntry
      }
    }
  }
`);

export const ProjectUpdatedDocument = graphql(`
  subscription ProjectUpdated($projectId: ID!) {
    projectUpdated(projectId: $projectId) {
      type
      update {
        ...ProjectUpdateEntry
      }
    }
  }
`);

// ---- Follows and the feed

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
  }
`);
export type FeedEntry = FeedEntryFragment;

export const FeedDocument = graphql(`
  query Feed($first: Int) {
    feed(first: $first) {
      totalCount
      unreadCount
      edges {
        node {
          ...FeedEntry
        }
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

// ---- Figures

export const PlatformStatsDocument = graphql(`
  query PlatformStats {
    platformStats {
      practicesPublished
      statesSharingPractices
      callsForAction
      activeProjects
      callsConvertedToProjects
      updatesLast30Days
    }
  }
`);
