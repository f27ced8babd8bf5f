import { sqlMigration } from '@pfp/database';

/** practice_interest: the organisations interested in replicating each practice (a document per practice). */
export const PracticeInterest1764500000004 = sqlMigration('PracticeInterest1764500000004', {
  up: [`CREATE TABLE practice_interest (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL, organization_ids text[] NOT NULL DEFAULT '{}')`],
  down: [`DROP TABLE practice_interest`],
});
