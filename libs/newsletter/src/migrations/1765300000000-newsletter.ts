import { sqlMigration } from '@pfp/database';

/**
 * Newsletter issues (a document read model of the `newsletterIssue-` streams), and, outside the
 * event log, the subscribers and what was sent to each: an address is personal data that an
 * unsubscribe must erase, and the log never forgets. Deleting a subscriber deletes its deliveries.
 */
export const Newsletter1765300000000 = sqlMigration('Newsletter1765300000000', {
  up: [
    `
      CREATE TABLE newsletter_issues (
        id text PRIMARY KEY,
        revision int NOT NULL,
        doc jsonb NOT NULL,
        status text NOT NULL,
        drafted_at timestamptz NOT NULL,
        sent_at timestamptz
      )`,
    `CREATE INDEX newsletter_issues_sent ON newsletter_issues (sent_at DESC, id) WHERE status = 'SENT'`,
    `
      CREATE TABLE newsletter_subscribers (
        id uuid PRIMARY KEY,
        -- HMAC of the normalised address with the platform's key: finds a subscriber without comparing addresses
        email_key text NOT NULL UNIQUE,
        email text NOT NULL,
        language text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz
      )`,
    `CREATE INDEX newsletter_subscribers_pending ON newsletter_subscribers (created_at) WHERE status = 'PENDING'`,
    `
      CREATE TABLE newsletter_deliveries (
        issue_id text NOT NULL,
        subscriber_id uuid NOT NULL REFERENCES newsletter_subscribers (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT')),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (issue_id, subscriber_id)
      )`,
    `CREATE INDEX newsletter_deliveries_pending ON newsletter_deliveries (issue_id) WHERE status = 'PENDING'`,
  ],
  down: [`DROP TABLE newsletter_deliveries`, `DROP TABLE newsletter_subscribers`, `DROP TABLE newsletter_issues`],
});
