import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The call-details read model: one row per call, its folded state as a document. */
export class CallsForAction1764600000000 implements MigrationInterface {
  name = 'CallsForAction1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calls_for_action (
        id text PRIMARY KEY,
        status text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        posted_at timestamptz NOT NULL,
        deadline timestamptz,
        doc jsonb NOT NULL,
        revision integer NOT NULL
      )`);
    await q.query(`CREATE INDEX calls_for_action_listing ON calls_for_action (posted_at DESC, id)`);
    await q.query(`CREATE INDEX calls_for_action_open_deadline ON calls_for_action (deadline) WHERE status IN ('OPEN', 'PENDING') AND deadline IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calls_for_action`);
  }
}
