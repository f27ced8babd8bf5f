import { sqlMigration } from '@pfp/database';

/**
 * Moves the wide columns of practice_search (state, document) out of line, so the heap rows
 * a search scans (facets, head, filters) stay narrow and many fit in a page and in the cache.
 */
export const PracticeSearchNarrowRows1764500000002 = sqlMigration('PracticeSearchNarrowRows1764500000002', {
  up: [`ALTER TABLE practice_search SET (toast_tuple_target = 1024)`],
  down: [`ALTER TABLE practice_search RESET (toast_tuple_target)`],
});
