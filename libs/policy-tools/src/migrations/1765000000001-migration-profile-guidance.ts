import { sqlMigration } from '@pfp/database';

/** The profile-guidance read model: the repository's checklist, one row. */
export const MigrationProfileGuidance1765000000001 = sqlMigration('MigrationProfileGuidance1765000000001', {
  up: [`CREATE TABLE migration_profile_guidance (id text PRIMARY KEY, doc jsonb NOT NULL, revision integer NOT NULL)`],
  down: [`DROP TABLE migration_profile_guidance`],
});
