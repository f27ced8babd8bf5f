import { graphql } from './gql';

export const PracticeSummaryFields = `id title summary status countries language publishedAt ownerOrganizationId owner { id name }`;

export const PracticesDocument = graphql(`
  query Practices($search: String, $filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {
    practices(search: $search, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      facets {
        theme {
          value
          label
          count
        }
        country {
          value
          label
          count
        }
        region {
          value
          label
          count
        }
        implementationStatus {
          value
          label
          count
        }
      }
      edges {
        cursor
        node {
          id
          title
          summary
          status
          countries
          language
          publishedAt
          ownerOrganizationId
          owner {
            id
            name
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const PracticeDocument = graphql(`
  query Practice($id: ID!, $asOf: DateTime) {
    practice(id: $id, asOf: $asOf) {
      id
      title
      summary
      status
      countries
      language
      publishedAt
      ownerOrganizationId
      owner {
        id
        name
      }
      revision
      body
      bodyHtml
      themes {
        id
        label
      }
      themeIds
      implementingPartnerIds
      period {
        start
        end
      }
      implementationStatus
      results {
        indicator
        value
      }
      resources {
        title
        url
        kind
      }
      translations {
        language
        title
        summary
        body
      }
      changesRequested
      hasPendingRevision
      interestCount
      updatedAt
    }
  }
`);

export const PracticeAsOfDocument = graphql(`
  query PracticeAsOf($id: ID!, $asOf: DateTime) {
    practice(id: $id, asOf: $asOf) {
      revision
      title
      summary
      body
      results {
        indicator
        value
      }
    }
  }
`);

export const HistoryDocument = graphql(`
  query PracticeHistory($id: ID!) {
    history(id: $id) {
      type
      revision
      occurredAt
      reason
      actor {
        organizationId
      }
    }
  }
`);

export const ThemesDocument = graphql(`
  query Themes {
    themes {
      id
      kind
      label
    }
  }
`);

export const PartnerNamesDocument = graphql(`
  query PartnerNames {
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const DraftPracticeDocument = graphql(`
  mutation DraftPractice($input: DraftPracticeInput!) {
    draftPractice(input: $input) {
      revision
      practice {
        id
        status
      }
    }
  }
`);

export const RevisePracticeDocument = graphql(`
  mutation RevisePractice($input: RevisePracticeInput!) {
    revisePractice(input: $input) {
      revision
      practice {
        id
        status
      }
    }
  }
`);

export const SubmitPracticeDocument = graphql(`
  mutation SubmitPractice($input: SubmitPracticeInput!) {
    submitPractice(input: $input) {
      revision
      practice {
        id
        status
      }
    }
  }
`);

export const PublishPracticeDocument = graphql(`
  mutation PublishPractice($input: PublishPracticeInput!) {
    publishPractice(input: $input) {
      revision
      practice {
        id
        status
      }
    }
  }
`);

export const RequestPracticeChangesDocument = graphql(`
  mutation RequestPracticeChanges($input: RequestPracticeChangesInput!) {
    requestPracticeChanges(input: $input) {
      revision
      practice {
        id
        status
      }
    }
  }
`);

export const ExpressInterestDocument = graphql(`
  mutation ExpressInterest($input: ExpressInterestInPracticeInput!) {
    expressInterestInPractice(input: $input) {
      revision
      practice {
        id
        interestCount
      }
    }
  }
`);

/**
 * The viewer's working list, most recently changed first: its organisation's practices in any
 * status but ARCHIVED, or for the Support Unit every organisation's (by default those in review).
 */
export const PracticeWorklistDocument = graphql(`
  query PracticeWorklist($statuses: [PracticeStatus!], $first: Int, $after: String) {
    practiceWorklist(statuses: $statuses, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          ownerOrganizationId
          owner {
            id
            name
          }
          changesRequested
          hasPendingRevision
          updatedAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
