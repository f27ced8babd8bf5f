import { changeSeqMigration } from '@pfp/database';

/** search_documents.change_seq: each API process's in-memory index of the one search reads the rows past the last number it has seen. */
export const SearchDocumentsChangeSeq1765500000000 = changeSeqMigration('SearchDocumentsChangeSeq1765500000000', 'search_documents');
