import { sqlMigration } from '@pfp/database';

/** The call-details read model: one row per call, its folded state as a document. */
export const CallsForAction1764600000000 = sqlMigration('CallsForAction1764600000000', {
  up: [
    `
      CREATE TABLE calls_for_action (
        id text PRIMARY KEY,
        status text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        posted_at timestamptz NOT NULL,
        deadline timestamptz,
        doc jsonb NOT NULL,
        revision integer NOT NULL
      )`,
    `CREATE INDEX calls_for_action_listing ON calls_for_action (posted_at DESC, id)`,
    `CREATE INDEX calls_for_action_open_deadline ON calls_for_action (deadline) WHERE status IN ('OPEN', 'PENDING') AND deadline IS NOT NULL`,
  ],
  down: [`DROP TABLE calls_for_action`],
});
