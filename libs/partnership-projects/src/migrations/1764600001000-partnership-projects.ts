import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The project-details read model (the folded state as a document) and its updates, for feeds and figures. */
export class PartnershipProjects1764600001000 implements MigrationInterface {
  name = 'PartnershipProjects1764600001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partnership_projects (
        id text PRIMARY KEY,
        status text NOT NULL,
        title text NOT NULL,
        lead_organization_id text NOT NULL,
        -- NULL: public; else the organisations that may read it
        readers text[],
        from_call_id text,
        launched_at timestamptz NOT NULL,
        last_activity_at timestamptz NOT NULL,
        doc jsonb NOT NULL,
        revision integer NOT NULL
      )`);
    await q.query(`CREATE INDEX partnership_projects_listing ON partnership_projects (launched_at DESC, id)`);
    await q.query(`
      CREATE TABLE project_updates (
        id text PRIMARY KEY,
        project_id text NOT NULL,
        organization_id text NOT NULL,
        text text NOT NULL,
        metrics jsonb NOT NULL,
        video_url text,
        posted_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX project_updates_by_project ON project_updates (project_id, posted_at DESC)`);
    await q.query(`CREATE INDEX project_updates_recent ON project_updates (posted_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE project_updates`);
    await q.query(`DROP TABLE partnership_projects`);
  }
}
