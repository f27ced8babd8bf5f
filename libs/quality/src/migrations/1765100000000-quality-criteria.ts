import { sqlMigration } from '@pfp/database';

/** The quality-criteria read model: the set of criteria, one row. */
export const QualityCriteria1765100000000 = sqlMigration('QualityCriteria1765100000000', {
  up: [`CREATE TABLE quality_criteria (id text PRIMARY KEY, doc jsonb NOT NULL, revision integer NOT NULL)`],
  down: [`DROP TABLE quality_criteria`],
});
