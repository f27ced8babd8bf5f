/** Typed operations of the search page: one search across practices, calls, projects and policy tools. */
import { graphql } from '../../gql';

export const SearchDocument = graphql(`
  query Search($query: String, $filter: SearchFilter, $first: Int, $after: String, $language: String) {
    search(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          kind
          id
          title
          summary
          path
          status
        }
      }
      facets {
        kind {
          value
          count
        }
        theme {
          value
          count
          label(language: $language)
        }
        gcmObjective {
          value
          count
          label(language: $language)
        }
        sdgTarget {
          value
          count
          label(language: $language)
        }
        region {
          value
          count
          label(language: $language)
        }
        country {
          value
          count
        }
        organization {
          value
          count
          organization {
            id
            name
          }
        }
      }
    }
  }
`);
