/** Typed operations of the policy tools library and the Migration Profiles Repository. */
import { graphql } from '../../gql';
import type { PolicyToolCardFragment, PolicyToolSectionTextFragment, PolicyToolTextFragment, ProfileStepFragment } from '../../gql/graphql';

/** A tool as the library and the repository list it. */
export const PolicyToolCard = graphql(`
  fragment PolicyToolCard on PolicyTool {
    id
    kind
    currentEdition
    ownerCountry
    updatedAt
    owner {
      ...OrganizationName
    }
    edition {
      number
      title
      summary
      language
      languages
      countries
      themes
      year
      releasedAt
    }
    translations {
      language
      title
      summary
    }
  }
`);
export type PolicyToolCard = PolicyToolCardFragment;

export const PolicyToolSectionText = graphql(`
  fragment PolicyToolSectionText on PolicyToolSection {
    key
    title
    body
    bodyHtml
    examples {
      practiceId
      title
      url
    }
  }
`);
export type PolicyToolSectionText = PolicyToolSectionTextFragment;

/** One edition's text (the page shows it, the differences compare two). */
export const PolicyToolText = graphql(`
  fragment PolicyToolText on PolicyToolEdition {
    number
    title
    summary
    language
    languages
    countries
    themes
    year
    dataSources
    preparationStep
    releaseNotes
    releasedAt
    sections {
      ...PolicyToolSectionText
    }
  }
`);
export type PolicyToolText = PolicyToolTextFragment;

export const ProfileStep = graphql(`
  fragment ProfileStep on MigrationProfileStep {
    key
    number
    title
    description
  }
`);
export type ProfileStep = ProfileStepFragment;

export const PolicyToolsDocument = graphql(`
  query PolicyTools($search: String, $filter: PolicyToolsFilter, $first: Int, $after: String) {
    policyTools(search: $search, filter: $filter, first: $first, after: $after) {
      totalCount
      facets {
        kind {
          value
          count
        }
        country {
          value
          count
        }
        theme {
          value
          count
        }
        language {
          value
          count
        }
      }
      edges {
        node {
          ...PolicyToolCard
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

/** The owner's and editors' list: drafts included. */
export const MyPolicyToolsDocument = graphql(`
  query MyPolicyTools {
    policyTools(filter: { editable: true }, first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          currentEdition
          edition {
            title
            language
            releasedAt
          }
          ownerOrganizationId
          hasUnreleasedChanges
          pendingExamples
          draft {
            title
          }
        }
      }
    }
  }
`);

/** The tool page: the edition asked for (else the current one), its timeline, examples and translations. */
export const PolicyToolDocument = graphql(`
  query PolicyTool($id: ID!, $edition: Int) {
    policyTool(id: $id, edition: $edition) {
      id
      kind
      revision
      currentEdition
      ownerOrganizationId
      ownerCountry
      hasUnreleasedChanges
      pendingExamples
      updatedAt
      owner {
        ...OrganizationName
      }
      contributors {
        organizationId
        role
      }
      currentStep {
        ...ProfileStep
      }
      edition {
        ...PolicyToolText
      }
      editions {
        number
        releaseNotes
        releasedAt
      }
      examples {
        exampleId
        sectionKey
        status
        practiceId
        url
        title
        note
        proposedBy
        proposedAt
        decidedAt
        declineReason
        edition
      }
      translations {
        language
        edition
        complete
        outOfDate
        addedAt
        title
        summary
        sections {
          key
          title
          body
          bodyHtml
        }
      }
    }
  }
`);

/** What the owner edits: the draft of the next edition (or the current one's text when there is none). */
export const PolicyToolDraftDocument = graphql(`
  query PolicyToolDraft($id: ID!) {
    policyTool(id: $id) {
      id
      kind
      revision
      ownerOrganizationId
      contributors {
        organizationId
        role
      }
      draft {
        title
        summary
        language
        languages
        countries
        themes
        year
        dataSources
        preparationStep
        sections {
          key
          title
          body
          examples {
            practiceId
            title
            url
          }
        }
      }
    }
  }
`);

export const PolicyToolDifferencesDocument = graphql(`
  query PolicyToolDifferences($id: ID!, $from: Int, $to: Int) {
    policyTool(id: $id) {
      id
      differences(from: $from, to: $to) {
        from {
          number
          releasedAt
        }
        to {
          number
          releasedAt
        }
        fields {
          field
          before
          after
        }
        sections {
          key
          change
          before {
            title
            body
            examples {
              practiceId
              title
              url
            }
          }
          after {
            title
            body
            examples {
              practiceId
              title
              url
            }
          }
        }
      }
    }
  }
`);

/** A cited practice's title (examples name a practice by its id). */
export const CitedPracticeDocument = graphql(`
  query CitedPractice($id: ID!) {
    practice(id: $id) {
      id
      title
      language
    }
  }
`);

/** Published practices a proposer may give as an example, by title. */
export const ExampleChoicesDocument = graphql(`
  query ExampleChoices {
    practices(first: 100, orderBy: TITLE) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const PolicyToolUpdatedDocument = graphql(`
  subscription PolicyToolUpdated($toolId: ID!) {
    policyToolUpdated(toolId: $toolId) {
      type
      revision
      policyTool {
        id
        revision
        currentEdition
      }
    }
  }
`);

export const MigrationProfilesDocument = graphql(`
  query MigrationProfiles($filter: MigrationProfilesFilter, $first: Int) {
    migrationProfiles(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...PolicyToolCard
          currentStep {
            ...ProfileStep
          }
          edition {
            dataSources
          }
        }
      }
    }
  }
`);

export const ProfileGuidanceDocument = graphql(`
  query ProfileGuidance {
    migrationProfileGuidance {
      revision
      updatedAt
      maintainers {
        ...OrganizationName
      }
      steps {
        ...ProfileStep
      }
    }
  }
`);

export const DraftPolicyToolDocument = graphql(`
  mutation DraftPolicyTool($input: DraftPolicyToolInput!) {
    draftPolicyTool(input: $input) {
      revision
      policyTool {
        id
      }
    }
  }
`);

export const RevisePolicyToolDocument = graphql(`
  mutation RevisePolicyTool($input: RevisePolicyToolInput!) {
    revisePolicyTool(input: $input) {
      revision
      policyTool {
        id
      }
    }
  }
`);

export const ReleasePolicyToolEditionDocument = graphql(`
  mutation ReleasePolicyToolEdition($input: ReleasePolicyToolEditionInput!) {
    releasePolicyToolEdition(input: $input) {
      revision
      policyTool {
        id
        currentEdition
      }
    }
  }
`);

export const AddPolicyToolTranslationDocument = graphql(`
  mutation AddPolicyToolTranslation($input: AddPolicyToolTranslationInput!) {
    addPolicyToolTranslation(input: $input) {
      revision
      policyTool {
        id
      }
    }
  }
`);

export const ProposePolicyToolExampleDocument = graphql(`
  mutation ProposePolicyToolExample($input: ProposePolicyToolExampleInput!) {
    proposePolicyToolExample(input: $input) {
      revision
      policyTool {
        id
      }
    }
  }
`);

export const AcceptPolicyToolExampleDocument = graphql(`
  mutation AcceptPolicyToolExample($input: AcceptPolicyToolExampleInput!) {
    acceptPolicyToolExample(input: $input) {
      revision
      policyTool {
        id
      }
    }
  }
`);

export const DeclinePolicyToolExampleDocument = graphql(`
  mutation DeclinePolicyToolExample($input: DeclinePolicyToolExampleInput!) {
    declinePolicyToolExample(input: $input) {
      revision
      policyTool {
        id
      }
    }
  }
`);

export const SetMigrationProfileGuidanceDocument = graphql(`
  mutation SetMigrationProfileGuidance($input: SetMigrationProfileGuidanceInput!) {
    setMigrationProfileGuidance(input: $input) {
      revision
    }
  }
`);
