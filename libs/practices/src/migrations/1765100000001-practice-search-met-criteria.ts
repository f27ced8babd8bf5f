import { sqlMigration } from '@pfp/database';

/** practice_search.met_criteria: the quality criteria a published practice meets, confirmed by the Support Unit (issue 18). */
export const PracticeSearchMetCriteria1765100000001 = sqlMigration('PracticeSearchMetCriteria1765100000001', {
  up: [
    `ALTER TABLE practice_search ADD COLUMN met_criteria text[] NOT NULL DEFAULT '{}'`,
    `CREATE INDEX practice_search_met_criteria ON practice_search USING gin (met_criteria)`,
  ],
  down: [`DROP INDEX practice_search_met_criteria`, `ALTER TABLE practice_search DROP COLUMN met_criteria`],
});
