import { sqlMigration } from '@pfp/database';

/** The project-details read model (the folded state as a document) and its updates, for feeds and figures. */
export const PartnershipProjects1764600001000 = sqlMigration('PartnershipProjects1764600001000', {
  up: [
    `
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
      )`,
    `CREATE INDEX partnership_projects_listing ON partnership_projects (launched_at DESC, id)`,
    `
      CREATE TABLE project_updates (
        id text PRIMARY KEY,
        project_id text NOT NULL,
        organization_id text NOT NULL,
        text text NOT NULL,
        metrics jsonb NOT NULL,
        video_url text,
        posted_at timestamptz NOT NULL
      )`,
    `CREATE INDEX project_updates_by_project ON project_updates (project_id, posted_at DESC)`,
    `CREATE INDEX project_updates_recent ON project_updates (posted_at)`,
  ],
  down: [`DROP TABLE project_updates`, `DROP TABLE partnership_projects`],
});
