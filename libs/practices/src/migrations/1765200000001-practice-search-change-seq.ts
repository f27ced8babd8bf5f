import { sqlMigration } from '@pfp/database';

/**
 * practice_search.change_seq: a number from one sequence each time a row is written (the
 * projection is one writer, batch after batch, so the numbers rise in commit order). Each API
 * process's in-memory search index reads the rows past the last number it has seen.
 */
export const PracticeSearchChangeSeq1765200000001 = sqlMigration('PracticeSearchChangeSeq1765200000001', {
  up: [
    `CREATE SEQUENCE practice_search_change_seq`,
    `ALTER TABLE practice_search ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('practice_search_change_seq')`,
    `CREATE INDEX practice_search_change_seq_index ON practice_search (change_seq)`,
  ],
  down: [`DROP INDEX practice_search_change_seq_index`, `ALTER TABLE practice_search DROP COLUMN change_seq`, `DROP SEQUENCE practice_search_change_seq`],
});
