/**
 * Typed operations for practices, built from fragments (OrganizationName and PageCursor are in
 * documents.ts). Each fragment is exported with its generated type under the same name.
 */
import { graphql } from '../../gql';
import type { PracticeSummaryFragment, PracticeTextFragment, PracticeTranslationTextFragment, WorklistItemFragment } from '../../gql/graphql';

/** What a practice's card shows (search results, the home page); the practice page starts from it. */
export const PracticeSummary = graphql(`
  fragment PracticeSummary on Practice {
    id
    title
    summary
    status
    countries
    language
    publishedAt
    ownerOrganizationId
    owner {
      ...OrganizationName
    }
  }
`);
export type PracticeSummary = PracticeSummaryFragment;

/** The text the history compares between versions (title, summary, body, results). */
export const PracticeText = graphql(`
  fragment PracticeText on Practice {
    title
    summary
    body
    results {
      indicator
      value
    }
  }
`);
export type PracticeText = PracticeTextFragment;

/** A row of the viewer's working list (my practices, the review queue). */
export const WorklistItem = graphql(`
  fragment WorklistItem on Practice {
    id
    title
    status
    ownerOrganizationId
    owner {
      ...OrganizationName
    }
    changesRequested
    hasPendingRevision
    updatedAt
  }
`);
export type WorklistItem = WorklistItemFragment;

/** A lifecycle mutation's answer: the stream's new revision, the practice's id and status. */
export const PracticeRevision = graphql(`
  fragment PracticeRevision on PracticePayload {
    revision
    practice {
      id
      status
    }
  }
`);

/** A translation as the practice page shows it (bodyHtml) and the translation form edits it (body). */
export const PracticeTranslationText = graphql(`
  fragment PracticeTranslationText on PracticeTranslation {
    language
    title
    summary
    body
    bodyHtml
  }
`);
export type PracticeTranslationText = PracticeTranslationTextFragment;

export const FacetEntry = graphql(`
  fragment FacetEntry on FacetCount {
    value
    label(language: $language)
    count
  }
`);

export const PracticesDocument = graphql(`
  query Practices($search: String, $filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder, $language: String) {
    practices(search: $search, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      facets {
        theme {
          ...FacetEntry
        }
        country {
          ...FacetEntry
        }
        region {
          ...FacetEntry
        }
        implementationStatus {
          ...FacetEntry
        }
      }
      edges {
        cursor
        node {
          ...PracticeSummary
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const PracticeDocument = graphql(`
  query Practice($id: ID!, $asOf: DateTime, $language: String) {
    practice(id: $id, asOf: $asOf) {
      ...PracticeSummary
      ...PracticeText
      revision
      bodyHtml
      themes {
        id
        label(language: $language)
      }
      themeIds
      implementingPartnerIds
      period {
        start
        end
      }
      implementationStatus
      resources {
        title
        url
        kind
      }
      translations {
        ...PracticeTranslationText
      }
      changesRequested
      hasPendingRevision
      interestCount
      viewerInterested
      interestedOrganizations {
        ...OrganizationName
      }
      updatedAt
      citedByPolicyTools {
        id
        kind
        edition {
          number
          title
          language
        }
      }
    }
  }
`);

export const PracticeAsOfDocument = graphql(`
  query PracticeAsOf($id: ID!, $asOf: DateTime) {
    practice(id: $id, asOf: $asOf) {
      revision
      ...PracticeText
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
  query Themes($language: String) {
    themes {
      id
      kind
      label(language: $language)
    }
  }
`);

export const PartnerNamesDocument = graphql(`
  query PartnerNames {
    organizations(first: 100) {
      edges {
        node {
          ...OrganizationName
        }
      }
    }
  }
`);

export const DraftPracticeDocument = graphql(`
  mutation DraftPractice($input: DraftPracticeInput!) {
    draftPractice(input: $input) {
      ...PracticeRevision
    }
  }
`);

export const RevisePracticeDocument = graphql(`
  mutation RevisePractice($input: RevisePracticeInput!) {
    revisePractice(input: $input) {
      ...PracticeRevision
    }
  }
`);

export const SubmitPracticeDocument = graphql(`
  mutation SubmitPractice($input: SubmitPracticeInput!) {
    submitPractice(input: $input) {
      ...PracticeRevision
    }
  }
`);

export const PublishPracticeDocument = graphql(`
  mutation PublishPractice($input: PublishPracticeInput!) {
    publishPractice(input: $input) {
      ...PracticeRevision
    }
  }
`);

export const RequestPracticeChangesDocument = graphql(`
  mutation RequestPracticeChanges($input: RequestPracticeChangesInput!) {
    requestPracticeChanges(input: $input) {
      ...PracticeRevision
    }
  }
`);

export const ExpressInterestDocument = graphql(`
  mutation ExpressInterest($input: ExpressInterestInPracticeInput!) {
    expressInterestInPractice(input: $input) {
      ...PracticeRevision
    }
  }
`);

export const ArchivePracticeDocument = graphql(`
  mutation ArchivePractice($input: ArchivePracticeInput!) {
    archivePractice(input: $input) {
      ...PracticeRevision
    }
  }
`);

export const AddPracticeTranslationDocument = graphql(`
  mutation AddPracticeTranslation($input: AddPracticeTranslationInput!) {
    addPracticeTranslation(input: $input) {
      ...PracticeRevision
    }
  }
`);

export const RevisePracticeTranslationDocument = graphql(`
  mutation RevisePracticeTranslation($input: RevisePracticeTranslationInput!) {
    revisePracticeTranslation(input: $input) {
      ...PracticeRevision
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
          ...WorklistItem
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);
