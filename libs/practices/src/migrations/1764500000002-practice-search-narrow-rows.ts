import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moves the wide columns of practice_search (state, document) out of line, so the heap rows
 * a search scans (facets, head, filters) stay narrow and many fit in a page and in the cache.
 */
export class PracticeSearchNarrowRows1764500000002 implements MigrationInterface {
  name = 'PracticeSearchNarrowRows1764500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice_search SET (toast_tuple_target = 1024)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE practice_search RESET (toast_tuple_target)`);
  }
}
