import { sqlMigration } from '@pfp/database';

/** Who follows what, the subjects' titles and readers, each account's feed, read mark and mail preference. */
export const Follows1764600002000 = sqlMigration('Follows1764600002000', {
  up: [
    `
      CREATE TABLE follows (
        account_id text NOT NULL,
        organization_id text,
        subject_id text NOT NULL,
        -- where the follow stands in the log: only later events reach the follower's feed
        since_commit bigint NOT NULL,
        since_prepare bigint NOT NULL,
        PRIMARY KEY (subject_id, account_id)
      )`,
    `CREATE INDEX follows_by_account ON follows (account_id)`,
    `
      CREATE TABLE feed_subjects (
        subject_id text PRIMARY KEY,
        title text NOT NULL,
        -- NULL: public; else the organisations that may read it
        readers text[]
      )`,
    `
      CREATE TABLE feed_items (
        account_id text NOT NULL,
        event_id uuid NOT NULL,
        subject_id text NOT NULL,
        subject_kind text NOT NULL,
        subject_title text NOT NULL,
        type text NOT NULL,
        text text NOT NULL,
        metrics jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, event_id)
      )`,
    `CREATE INDEX feed_items_newest ON feed_items (account_id, occurred_at DESC, event_id)`,
    `
      CREATE TABLE feed_accounts (
        account_id text PRIMARY KEY,
        frequency text NOT NULL DEFAULT 'DAILY',
        read_until timestamptz,
        -- digests: what has been mailed already
        mailed_until timestamptz
      )`,
  ],
  down: [`DROP TABLE feed_accounts`, `DROP TABLE feed_items`, `DROP TABLE feed_subjects`, `DROP TABLE follows`],
});
