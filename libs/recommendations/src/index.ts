export { RecommendationsModule, RECOMMENDATIONS_MIGRATIONS } from './recommendations.module';
export { focusOf, rank, reasonFor, replicators, WEIGHTS } from './domain/ranking';
export type { Ranked, Reason, Topics } from './domain/ranking';
