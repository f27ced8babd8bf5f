import { changeSeqMigration } from '@pfp/database';

/** practice_search.change_seq: each API process's in-memory search index reads the rows past the last number it has seen. */
export const PracticeSearchChangeSeq1765200000001 = changeSeqMigration('PracticeSearchChangeSeq1765200000001', 'practice_search');
