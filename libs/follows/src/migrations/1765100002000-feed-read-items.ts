import { sqlMigration } from '@pfp/database';

/** Feed items marked read one by one (beside each account's read mark in feed_accounts). */
export const FeedReadItems1765100002000 = sqlMigration('FeedReadItems1765100002000', {
  up: [
    `
      CREATE TABLE feed_read_items (
        account_id text NOT NULL,
        -- the id of the feed item: the event it reports
        event_id uuid NOT NULL,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, event_id)
      )`,
  ],
  down: [`DROP TABLE feed_read_items`],
});
