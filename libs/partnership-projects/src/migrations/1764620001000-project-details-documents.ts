import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * project-details moves onto the document projection: the row's document is now the read
 * model's own (`ProjectDocument`, with its status), not the decider's state. The columns
 * already follow the helper's convention (id, revision, doc + columns, `readers` kept); the
 * rows and their updates are dropped with the projection's checkpoint, so it rebuilds them
 * from the log when the app starts.
 */
export class ProjectDetailsDocuments1764620001000 implements MigrationInterface {
  name = 'ProjectDetailsDocuments1764620001000';

  async up(q: QueryRunner): Promise<void> {
    await this.rebuildFromTheLog(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.rebuildFromTheLog(q);
  }

  private async rebuildFromTheLog(q: QueryRunner): Promise<void> {
    await q.query(`TRUNCATE partnership_projects, project_updates`);
    await q.query(
      `DO $$ BEGIN IF to_regclass('es_checkpoints') IS NOT NULL THEN DELETE FROM es_checkpoints WHERE consumer = 'project-details'; END IF; END $$`,
    );
  }
}
