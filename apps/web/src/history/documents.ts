import { graphql } from '../gql';

/** The events of one aggregate with what each changed (any category with a history source). */
export const AggregateHistoryDocument = graphql(`
  query AggregateHistory($id: ID!) {
    history(id: $id) {
      revision
      type
      occurredAt
      reason
      actor {
        organizationId
      }
      changes {
        field
        before
        after
      }
    }
  }
`);
