export { PracticesModule, PRACTICES_MIGRATIONS, PRACTICE_PROJECTIONS } from './practices.module';
export { practiceDecider } from './domain/decide';
export type { PracticeCommand } from './domain/decide';
export type { Practice, PracticeEvent, PracticeContent } from './domain/practice';
export { practiceDetailsProjection, PRACTICE_DETAILS, PRACTICE_DETAILS_TABLES } from './practice-details/practice-details.projection';
export { practiceSearchProjection, PRACTICE_SEARCH, PRACTICE_SEARCH_TABLES } from './practice-search/practice-search.projection';
export { searchPageSql, searchFacetsSql, readFacets } from './practice-search/search-query';
export { documentSql } from './practice-search/text-search';
export { demoPracticeId, seedDemoPractices } from './demo/demo-practices';
