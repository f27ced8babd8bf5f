import { sqlMigration } from '@pfp/database';

/**
 * search_documents.change_seq: a number from one sequence each time a row is written (one
 * projection writes the table, batch after batch, so the numbers rise in commit order). Each API
 * process's in-memory index of the one search reads the rows past the last number it has seen.
 */
export const SearchDocumentsChangeSeq1765500000000 = sqlMigration('SearchDocumentsChangeSeq1765500000000', {
  up: [
    `CREATE SEQUENCE search_documents_change_seq`,
    `ALTER TABLE search_documents ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('search_documents_change_seq')`,
    `CREATE INDEX search_documents_change_seq_index ON search_documents (change_seq)`,
  ],
  down: [`DROP INDEX search_documents_change_seq_index`, `ALTER TABLE search_documents DROP COLUMN change_seq`, `DROP SEQUENCE search_documents_change_seq`],
});
