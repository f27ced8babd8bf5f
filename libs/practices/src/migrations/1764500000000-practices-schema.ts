import { sqlMigration } from '@pfp/database';

/**
 * Practices: the keys that seal personal data (outside the event log, so that deleting one
 * erases a person), and the read models fed by the log. Each read-model row keeps the
 * stream revision it reflects: a replayed event at or below it changes nothing.
 */
export const PracticesSchema1764500000000 = sqlMigration('PracticesSchema1764500000000', {
  up: [
    `
      CREATE TABLE personal_data_keys (
        subject_id uuid PRIMARY KEY,
        key bytea NOT NULL CHECK (octet_length(key) = 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
    `
      CREATE TABLE practice_details (
        id text PRIMARY KEY,
        revision integer NOT NULL,
        status text NOT NULL,
        owner_organization_id text NOT NULL,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz
      )`,
    `CREATE INDEX practice_details_owner ON practice_details (owner_organization_id, updated_at DESC)`,
    `CREATE INDEX practice_details_status ON practice_details (status, updated_at DESC)`,
    `
      CREATE TABLE practice_search (
        id text PRIMARY KEY,
        revision integer NOT NULL,
        visible boolean NOT NULL,
        state jsonb NOT NULL,
        title text NOT NULL,
        language text NOT NULL,
        document tsvector NOT NULL,
        themes text[] NOT NULL,
        gcm_objectives text[] NOT NULL,
        regions text[] NOT NULL,
        countries text[] NOT NULL,
        owner_organization_id text NOT NULL,
        implementation_status text,
        published_at timestamptz
      )`,
    `CREATE INDEX practice_search_document ON practice_search USING GIN (document) WHERE visible`,
    `CREATE INDEX practice_search_themes ON practice_search USING GIN (themes) WHERE visible`,
    `CREATE INDEX practice_search_countries ON practice_search USING GIN (countries) WHERE visible`,
    `CREATE INDEX practice_search_regions ON practice_search USING GIN (regions) WHERE visible`,
    `CREATE INDEX practice_search_newest ON practice_search (published_at DESC, id) WHERE visible`,
    `CREATE INDEX practice_search_title ON practice_search USING GIN (to_tsvector('english', title)) WHERE visible`,
  ],
  down: [`DROP TABLE practice_search`, `DROP TABLE practice_details`, `DROP TABLE personal_data_keys`],
});
