import { sqlMigration } from '@pfp/database';

/**
 * Issue 12 (organisations): requests for an account that the Support Unit approves or
 * declines, removed accounts (kept for the audit and the events that name them), and what a
 * person sees of their sessions (the browser that opened it, when it was last used).
 */
export const AccountManagement1764800000000 = sqlMigration('AccountManagement1764800000000', {
  up: [
    `ALTER TABLE accounts ADD COLUMN removed_at timestamptz`,
    `ALTER TABLE sessions ADD COLUMN user_agent text, ADD COLUMN last_seen_at timestamptz`,
    `
      CREATE TABLE account_requests (
        id uuid PRIMARY KEY,
        organization_name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('STATE','INTERNATIONAL_ORGANIZATION','CIVIL_SOCIETY','PRIVATE_SECTOR','ACADEMIA')),
        country text,
        contact_name text NOT NULL,
        email text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','APPROVED','DECLINED')),
        created_at timestamptz NOT NULL,
        decided_at timestamptz,
        decided_by uuid,
        decline_reason text,
        organization_id uuid REFERENCES organizations(id)
      )`,
    `CREATE INDEX account_requests_by_status ON account_requests (status, created_at, id)`,
    `CREATE UNIQUE INDEX account_requests_one_pending_per_email ON account_requests (lower(email)) WHERE status = 'PENDING'`,
  ],
  down: [`DROP TABLE account_requests`, `ALTER TABLE sessions DROP COLUMN user_agent, DROP COLUMN last_seen_at`, `ALTER TABLE accounts DROP COLUMN removed_at`],
});
