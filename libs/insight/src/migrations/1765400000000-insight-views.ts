import { sqlMigration } from '@pfp/database';

/**
 * View counts: one row per subject and day, a number and nothing else (no address, account,
 * cookie or user agent). Not a projection of the log: views are not domain events.
 */
export const InsightViews1765400000000 = sqlMigration('InsightViews1765400000000', {
  up: [
    `CREATE TABLE subject_views_daily (
      subject_id text NOT NULL,
      day date NOT NULL,
      views integer NOT NULL CHECK (views > 0),
      PRIMARY KEY (subject_id, day)
    )`,
  ],
  down: [`DROP TABLE subject_views_daily`],
});
