/** Typed operations of the figures page, the owner's dashboard and the view counter. */
import { graphql } from '../../gql';

export const PlatformFiguresDocument = graphql(`
  query PlatformFigures($language: String) {
    platformFigures(language: $language) {
      practicesByRegion {
        key
        label
        points {
          period
          value
        }
      }
      practicesByTheme {
        key
        label
        points {
          period
          value
        }
      }
      funnel {
        stage
        count
      }
      projectMetrics {
        key
        label
        points {
          period
          value
        }
      }
      countriesSharingPractices {
        country
        practices
      }
    }
  }
`);

export const OwnerDashboardDocument = graphql(`
  query OwnerDashboard {
    ownerDashboard {
      organizationId
      items {
        subjectId
        kind
        title
        status
        viewsLast30Days
        viewsTotal
        interest
        followers
        responses
      }
    }
  }
`);

export const RecordViewDocument = graphql(`
  mutation RecordView($input: RecordViewInput!) {
    recordView(input: $input) {
      subjectId
      counted
    }
  }
`);
