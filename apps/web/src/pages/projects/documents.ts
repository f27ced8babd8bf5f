/** Typed operations for partnership projects (fragments OrganizationName and PageCursor are in ../../documents.ts). */
import { graphql } from '../../gql';
import type { ProjectSummaryFragment, ProjectUpdateEntryFragment } from '../../gql/graphql';

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
