/** Typed operations for recommendations: the reason is data, worded by reason.tsx in the reader's language. */
import { graphql } from '../../gql';
import type { RecommendationReasonTextFragment } from '../../gql/graphql';

export const RecommendationReasonText = graphql(`
  fragment RecommendationReasonText on RecommendationReason {
    themes {
      id
      label(language: $language)
    }
    countries
    regions {
      code
      name(language: $language)
    }
  }
`);
export type RecommendationReasonText = RecommendationReasonTextFragment;

export const RecommendationsDocument = graphql(`
  query Recommendations($first: Int, $language: String) {
    recommendations(first: $first) {
      worksOn {
        ...RecommendationReasonText
      }
      callsForAction {
        callForAction {
          ...CallSummary
        }
        reason {
          ...RecommendationReasonText
        }
      }
      practices {
        practice {
          ...PracticeSummary
        }
        reason {
          ...RecommendationReasonText
        }
      }
      organizations {
        organization {
          ...OrganizationName
        }
        reason {
          ...RecommendationReasonText
        }
      }
    }
  }
`);

export const PracticeRecommendationsDocument = graphql(`
  query PracticeRecommendations($id: ID!, $first: Int, $language: String) {
    practice(id: $id) {
      id
      similarPractices(first: $first) {
        practice {
          ...PracticeSummary
        }
        reason {
          ...RecommendationReasonText
        }
      }
      organizationsThatCouldReplicate(first: $first) {
        organization {
          ...OrganizationName
        }
        reason {
          ...RecommendationReasonText
        }
      }
    }
  }
`);
