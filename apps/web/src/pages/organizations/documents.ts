/** Typed operations for organisations, countries, account requests and an organisation's accounts (fragments in ../../documents.ts and the areas' own). */
import { graphql } from '../../gql';
import type { MemberAccountFragment, OrganizationFactsFragment } from '../../gql/graphql';

/** What an organisation's page and the Support Unit's list show of it. */
export const OrganizationFacts = graphql(`
  fragment OrganizationFacts on Organization {
    id
    name
    kind
    country
    active
    createdAt
  }
`);
export type OrganizationFacts = OrganizationFactsFragment;

export const OrganizationsDocument = graphql(`
  query Organizations($kind: OrganizationKind, $first: Int, $after: String) {
    organizations(kind: $kind, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...OrganizationFacts
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const OrganizationDocument = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationFacts
    }
  }
`);

/** The practices of an organisation or a country, a page at a time, without the search's facets (calls and projects: their areas' list queries). */
export const ActivityPracticesDocument = graphql(`
  query ActivityPractices($filter: PracticeFilter, $after: String) {
    practices(filter: $filter, first: 10, after: $after) {
      totalCount
      edges {
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

export const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        ...OrganizationFacts
      }
    }
  }
`);

export const RenameOrganizationDocument = graphql(`
  mutation RenameOrganization($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) {
      organization {
        ...OrganizationFacts
      }
    }
  }
`);

export const DeactivateOrganizationDocument = graphql(`
  mutation DeactivateOrganization($input: DeactivateOrganizationInput!) {
    deactivateOrganization(input: $input) {
      organization {
        ...OrganizationFacts
      }
    }
  }
`);

/** An account as its organisation's admins see it. */
export const MemberAccount = graphql(`
  fragment MemberAccount on Account {
    id
    email
    displayName
    role
    activated
  }
`);
export type MemberAccount = MemberAccountFragment;

export const OrganizationAccountsDocument = graphql(`
  query OrganizationAccounts($organizationId: ID!) {
    organizationAccounts(organizationId: $organizationId) {
      ...MemberAccount
    }
  }
`);

export const InviteAccountDocument = graphql(`
  mutation InviteAccount($input: InviteAccountInput!) {
    inviteAccount(input: $input) {
      account {
        ...MemberAccount
      }
      invitationExpiresAt
    }
  }
`);

export const ChangeAccountRoleDocument = graphql(`
  mutation ChangeAccountRole($input: ChangeAccountRoleInput!) {
    changeAccountRole(input: $input) {
      account {
        ...MemberAccount
      }
    }
  }
`);

export const RemoveAccountDocument = graphql(`
  mutation RemoveAccount($input: RemoveAccountInput!) {
    removeAccount(input: $input) {
      account {
        id
      }
    }
  }
`);

export const RequestAccountDocument = graphql(`
  mutation RequestAccount($input: RequestAccountInput!) {
    requestAccount(input: $input) {
      received
    }
  }
`);

export const AccountRequestsDocument = graphql(`
  query AccountRequests($status: AccountRequestStatus, $after: String) {
    accountRequests(status: $status, first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          organizationName
          kind
          country
          contactName
          email
          reason
          status
          createdAt
          declineReason
          organizationId
        }
      }
      pageInfo {
        ...PageCursor
      }
    }
  }
`);

export const ApproveAccountRequestDocument = graphql(`
  mutation ApproveAccountRequest($input: ApproveAccountRequestInput!) {
    approveAccountRequest(input: $input) {
      request {
        id
        status
        organizationId
      }
    }
  }
`);

export const DeclineAccountRequestDocument = graphql(`
  mutation DeclineAccountRequest($input: DeclineAccountRequestInput!) {
    declineAccountRequest(input: $input) {
      request {
        id
        status
        declineReason
      }
    }
  }
`);
