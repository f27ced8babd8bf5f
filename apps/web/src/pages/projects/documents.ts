/** Typed operations for partnership projects (fragment PageCursor is in ../../documents.ts). */
import { graphql } from '../../gql';
import type { ProjectDetailsFragment, ProjectSummaryFragment, ProjectUpdateEntryFragment } from '../../gql/graphql';

/** What a project's card and the top of its page show. */
export const ProjectSummary = graphql(`
  fragment ProjectSummary on PartnershipProject {
    id
    title
    summary
    status
    countries
    themes
    inactive
    targetStatus
    launchedAt
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
      unit
    }
    progress {
      targetId
      value
    }
  }
`);
export type ProjectUpdateEntry = ProjectUpdateEntryFragment;

/**
 * Everything the project page shows; the live subscription sends it again after each change.
 * The API's depth limit (12) counts a fragment as two levels: the organisation's name is
 * written out rather than spread, and the mutations spread this fragment directly.
 */
export const ProjectDetails = graphql(`
  fragment ProjectDetails on PartnershipProject {
    ...ProjectSummary
    objectives
    startsOn
    endsOn
    visibility
    revision
    fromCallId
    endedAt
    cancellationReason
    milestones {
      id
      title
      plannedOn
      reachedOn
    }
    updates {
      ...ProjectUpdateEntry
    }
    metricSeries {
      indicator
      unit
      points {
        at
        value
        cumulative
      }
    }
    targets {
      id
      indicator
      unit
      baseline
      targetValue
      targetDate
      serves
      current
      status
      readings {
        at
        value
      }
    }
    everyTarget: targets(includeRetired: true) {
      id
      indicator
      unit
    }
  }
`);
export type ProjectDetails = ProjectDetailsFragment;

export const ProjectsDocument = graphql(`
  query Projects($search: String, $filter: PartnershipProjectsFilter, $orderBy: ProjectOrder, $first: Int, $after: String) {
    partnershipProjects(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...ProjectSummary
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const ProjectDocument = graphql(`
  query Project($id: ID!) {
    partnershipProject(id: $id) {
      ...ProjectDetails
    }
  }
`);

export const ProjectUpdatedDocument = graphql(`
  subscription ProjectUpdated($projectId: ID!) {
    projectUpdated(projectId: $projectId) {
      type
      revision
      update {
        ...ProjectUpdateEntry
      }
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

/** The choices of the filters and forms: themes and the organisations that may take part. */
export const ProjectChoicesDocument = graphql(`
  query ProjectChoices($language: String) {
    themes {
      id
      kind
      label(language: $language)
    }
    organizations(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

export const LaunchProjectDocument = graphql(`
  mutation LaunchProject($input: LaunchPartnershipProjectInput!) {
    launchPartnershipProject(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const EditProjectDocument = graphql(`
  mutation EditProject($input: EditPartnershipProjectInput!) {
    editPartnershipProject(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const PostProjectUpdateDocument = graphql(`
  mutation PostProjectUpdate($input: PostProjectUpdateInput!) {
    postProjectUpdate(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const AddMilestoneDocument = graphql(`
  mutation AddMilestone($input: AddMilestoneInput!) {
    addMilestone(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const ReachMilestoneDocument = graphql(`
  mutation ReachMilestone($input: ReachMilestoneInput!) {
    reachMilestone(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const AddProjectPartnerDocument = graphql(`
  mutation AddProjectPartner($input: AddProjectPartnerInput!) {
    addProjectPartner(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const RemoveProjectPartnerDocument = graphql(`
  mutation RemoveProjectPartner($input: RemoveProjectPartnerInput!) {
    removeProjectPartner(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const ChangeProjectPartnerRoleDocument = graphql(`
  mutation ChangeProjectPartnerRole($input: ChangeProjectPartnerRoleInput!) {
    changeProjectPartnerRole(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const LeaveProjectDocument = graphql(`
  mutation LeaveProject($input: LeaveProjectInput!) {
    leaveProject(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const CompleteProjectDocument = graphql(`
  mutation CompleteProject($input: CompleteProjectInput!) {
    completeProject(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const CancelProjectDocument = graphql(`
  mutation CancelProject($input: CancelProjectInput!) {
    cancelProject(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const SetProjectTargetDocument = graphql(`
  mutation SetProjectTarget($input: SetProjectTargetInput!) {
    setProjectTarget(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);

export const RetireProjectTargetDocument = graphql(`
  mutation RetireProjectTarget($input: RetireProjectTargetInput!) {
    retireProjectTarget(input: $input) {
      revision
      partnershipProject {
        ...ProjectDetails
      }
    }
  }
`);
