import { sqlMigration } from '@pfp/database';

/**
 * call-details moves onto the document projection: the row's document is now the read model's
 * own (`CallDocument`, with its status), not the decider's state. The columns already follow
 * the helper's convention (id, revision, doc + columns); the rows are dropped with the
 * projection's checkpoint, so it rebuilds them from the log when the app starts.
 */
export const CallDetailsDocuments1764620000000 = sqlMigration('CallDetailsDocuments1764620000000', {
  up: [
    `TRUNCATE calls_for_action`,
    `DO $$ BEGIN IF to_regclass('es_checkpoints') IS NOT NULL THEN DELETE FROM es_checkpoints WHERE consumer = 'call-details'; END IF; END $$`,
  ],
  down: [
    `TRUNCATE calls_for_action`,
    `DO $$ BEGIN IF to_regclass('es_checkpoints') IS NOT NULL THEN DELETE FROM es_checkpoints WHERE consumer = 'call-details'; END IF; END $$`,
  ],
});
