import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * call-details moves onto the document projection: the row's document is now the read model's
 * own (`CallDocument`, with its status), not the decider's state. The columns already follow
 * the helper's convention (id, revision, doc + columns); the rows are dropped with the
 * projection's checkpoint, so it rebuilds them from the log when the app starts.
 */
export class CallDetailsDocuments1764620000000 implements MigrationInterface {
  name = 'CallDetailsDocuments1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`TRUNCATE calls_for_action`);
    await q.query(`DO $$ BEGIN IF to_regclass('es_checkpoints') IS NOT NULL THEN DELETE FROM es_checkpoints WHERE consumer = 'call-details'; END IF; END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`TRUNCATE calls_for_action`);
    await q.query(`DO $$ BEGIN IF to_regclass('es_checkpoints') IS NOT NULL THEN DELETE FROM es_checkpoints WHERE consumer = 'call-details'; END IF; END $$`);
  }
}
