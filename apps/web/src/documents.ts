/** Typed operations for calls for action, partnership projects, follows, the feed and the figures. */
import { graphql } from './gql';

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

export const CallsDocument = graphql(`
  query Calls($filter: CallsForActionFilter, $first: Int) {
    callsForAction(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          kind
          status
          countries
          deadline
          posters {
            organizationId
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const CallDocument = graphql(`
  query Call($id: ID!) {
    callForAction(id: $id) {
      id
      title
      kind
      status
      countries
      deadline
      description
      revision
      postedAt
      projectId
      posters {
        organizationId
        organization {
          id
          name
        }
      }
      responses {
        organizationId
        organization {
          id
          name
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
      revision
      callForAction {
        id
      }
    }
  }
`);

export const RespondToCallDocument = graphql(`
  mutation RespondToCall($input: RespondToCallForActionInput!) {
    respondToCallForAction(input: $input) {
      revision
      callForAction {
        id
      }
    }
  }
`);

export const ProjectsDocument = graphql(`
  query Projects($filter: PartnershipProjectsFilter, $first: Int) {
    partnershipProjects(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
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
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const ProjectDocument = graphql(`
  query Project($id: ID!) {
    partnershipProject(id: $id) {
      id
      title
      summary
      status
      countries
      objectives
      startsOn
      endsOn
      inactive
      revision
      fromCallId
      leadOrganizationId
      partners {
        organizationId
        role
        organization {
          id
          name
        }
      }
      milestones {
        id
        title
        plannedOn
        reachedOn
      }
      updates {
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
    }
  }
`);

export const ProjectUpdatedDocument = graphql(`
  subscription ProjectUpdated($projectId: ID!) {
    projectUpdated(projectId: $projectId) {
      type
      update {
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
    }
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
      following
      subjectId
    }
  }
`);

export const UnfollowDocument = graphql(`
  mutation Unfollow($input: UnfollowInput!) {
    unfollow(input: $input) {
      following
      subjectId
    }
  }
`);

export const FeedDocument = graphql(`
  query Feed($first: Int) {
    feed(first: $first) {
      totalCount
      unreadCount
      edges {
        node {
          id
          type
          text
          occurredAt
          read
          subjectId
          subjectKind
          subjectTitle
        }
      }
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

export const FeedSubscriptionDocument = graphql(`
  subscription LiveFeed {
    feed {
      id
      type
      text
      occurredAt
      read
      subjectId
      subjectKind
      subjectTitle
    }
  }
`);
