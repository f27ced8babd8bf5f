import { Module } from '@nestjs/common';
import { IdentityModule } from '@pfp/identity';
import { RecommendationsResolver } from './for-organization/recommendations.resolver';
import { RecommendationRegionResolver } from './graphql-types';
import { RecommendationIndexes1765450000000 } from './migrations/1765450000000-recommendation-indexes';
import { PracticeRecommendationsResolver } from './on-practice/practice-recommendations.resolver';
import { WorkReader } from './shared/work-reader';

export const RECOMMENDATIONS_MIGRATIONS = [RecommendationIndexes1765450000000];

/**
 * Recommendations (issue 15): for a signed-in organisation, and on a practice. No aggregate and
 * no read model of its own: it reads the public read models of practices, calls and projects.
 */
@Module({
  imports: [IdentityModule],
  providers: [WorkReader, RecommendationsResolver, PracticeRecommendationsResolver, RecommendationRegionResolver],
})
export class RecommendationsModule {}
