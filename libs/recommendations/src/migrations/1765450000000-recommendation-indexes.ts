import { sqlMigration } from '@pfp/database';

/**
 * Indexes recommendations read by, on the read models of practices, calls and projects (read
 * only: no row is written here). A projection's rebuild copies a live table's indexes, so they
 * survive one. Each request then reads a bounded candidate set through them, never every row.
 */
export const RecommendationIndexes1765450000000 = sqlMigration('RecommendationIndexes1765450000000', {
  up: [
    `CREATE INDEX recommendations_practices_of_owner ON practice_search (owner_organization_id, published_at DESC) WHERE visible`,
    `CREATE INDEX recommendations_call_themes ON calls_for_action USING gin ((doc -> 'themes'))`,
    `CREATE INDEX recommendations_call_posters ON calls_for_action USING gin ((doc -> 'posters') jsonb_path_ops)`,
    `CREATE INDEX recommendations_public_project_themes ON partnership_projects USING gin ((doc -> 'themes')) WHERE readers IS NULL`,
    `CREATE INDEX recommendations_project_partners ON partnership_projects USING gin ((doc -> 'partners') jsonb_path_ops)`,
  ],
  down: [
    `DROP INDEX recommendations_project_partners`,
    `DROP INDEX recommendations_public_project_themes`,
    `DROP INDEX recommendations_call_posters`,
    `DROP INDEX recommendations_call_themes`,
    `DROP INDEX recommendations_practices_of_owner`,
  ],
});
