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
