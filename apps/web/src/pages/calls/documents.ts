/** Typed operations for calls for action (fragments OrganizationName and PageCursor are in ../../documents.ts). */
import { graphql } from '../../gql';
import type { CallSummaryFragment } from '../../gql/graphql';

/** What a call's card and the top of its page show. */
export const CallSummary = graphql(`
  fragment CallSummary on CallForAction {
    id
    title
    kind
    status
    countries
    themes
    deadline
    responseCount
    posters {
      organizationId
      confirmed
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
  query Calls($filter: CallsForActionFilter, $search: String, $orderBy: CallOrder, $first: Int, $after: String) {
    callsForAction(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...CallSummary
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** All a call's page shows: by the query, and again by each live update. */
export const CallDetails = graphql(`
  fragment CallDetails on CallForAction {
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
      declineReason
    }
  }
`);

export const CallDocument = graphql(`
  query Call($id: ID!) {
    callForAction(id: $id) {
      ...CallDetails
    }
  }
`);

/** The title of the project a call became. */
export const CallProjectDocument = graphql(`
  query CallProject($id: ID!) {
    partnershipProject(id: $id) {
      id
      title
    }
  }
`);

export const CallUpdatedDocument = graphql(`
  subscription CallUpdated($callId: ID!) {
    callForActionUpdated(callId: $callId) {
      type
      revision
      callForAction {
        ...CallDetails
      }
    }
  }
`);

export const CallThemesDocument = graphql(`
  query CallThemes($language: String) {
    themes {
      id
      label(language: $language)
    }
  }
`);

export const OrganizationsToPartnerDocument = graphql(`
  query OrganizationsToPartner {
    organizations(first: 100) {
      edges {
        node {
          id
          name
          kind
          active
        }
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

export const EditCallDocument = graphql(`
  mutation EditCall($input: EditCallForActionInput!) {
    editCallForAction(input: $input) {
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

export const EditResponseDocument = graphql(`
  mutation EditResponse($input: EditResponseInput!) {
    editResponse(input: $input) {
      ...CallRevision
    }
  }
`);

export const WithdrawResponseDocument = graphql(`
  mutation WithdrawResponse($input: WithdrawResponseInput!) {
    withdrawResponse(input: $input) {
      ...CallRevision
    }
  }
`);

export const AcceptResponseDocument = graphql(`
  mutation AcceptResponse($input: AcceptResponseInput!) {
    acceptResponse(input: $input) {
      ...CallRevision
    }
  }
`);

export const DeclineResponseDocument = graphql(`
  mutation DeclineResponse($input: DeclineResponseInput!) {
    declineResponse(input: $input) {
      ...CallRevision
    }
  }
`);

export const CloseCallDocument = graphql(`
  mutation CloseCall($input: CloseCallForActionInput!) {
    closeCallForAction(input: $input) {
      ...CallRevision
    }
  }
`);

export const ConfirmCoPostingDocument = graphql(`
  mutation ConfirmCoPosting($input: ConfirmCoPostingInput!) {
    confirmCoPosting(input: $input) {
      ...CallRevision
    }
  }
`);

export const LaunchFromCallDocument = graphql(`
  mutation LaunchFromCall($input: LaunchPartnershipProjectInput!) {
    launchPartnershipProject(input: $input) {
      partnershipProject {
        id
      }
    }
  }
`);
