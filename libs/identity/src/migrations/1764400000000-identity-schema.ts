import { sqlMigration } from '@pfp/database';

/** Organisations, accounts, sessions, emailed tokens and their audit trail. */
export const IdentitySchema1764400000000 = sqlMigration('IdentitySchema1764400000000', {
  up: [
    `
      CREATE TABLE organizations (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('STATE','INTERNATIONAL_ORGANIZATION','CIVIL_SOCIETY','PRIVATE_SECTOR','ACADEMIA','SUPPORT_UNIT')),
        name text NOT NULL,
        country text,
        created_at timestamptz NOT NULL,
        deactivated_at timestamptz,
        CONSTRAINT organizations_state_has_country CHECK ((kind = 'STATE') = (country IS NOT NULL))
      )`,
    `CREATE INDEX organizations_kind_name ON organizations (kind, name, id)`,
    `
      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        display_name text NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        role text NOT NULL CHECK (role IN ('MEMBER','ADMIN')),
        password_hash text CHECK (password_hash IS NULL OR password_hash LIKE '$argon2id$%'),
        activated_at timestamptz,
        failed_sign_ins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL
      )`,
    `CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email))`,
    `CREATE INDEX accounts_organization ON accounts (organization_id)`,
    `
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`,
    `CREATE INDEX sessions_account ON sessions (account_id)`,
    `
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id),
        purpose text NOT NULL CHECK (purpose IN ('INVITATION','PASSWORD_RESET')),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`,
    `CREATE INDEX account_tokens_account ON account_tokens (account_id, purpose)`,
    `
      CREATE TABLE identity_audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_account_id uuid,
        actor_organization_id uuid,
        action text NOT NULL,
        data jsonb NOT NULL
      )`,
  ],
  down: [`DROP TABLE identity_audit, account_tokens, sessions, accounts, organizations`],
});
