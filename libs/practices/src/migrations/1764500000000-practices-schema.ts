import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practices: the keys that seal personal data (outside the event log, so that deleting one
 * erases a person), and the read models fed by the log. Each read-model row keeps the
 * stream revision it reflects: a replayed event at or below it changes nothing.
 */
export class PracticesSchema1764500000000 implements MigrationInterface {
  name = 'PracticesSchema1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE personal_data_keys (
        subject_id uuid PRIMARY KEY,
        key bytea NOT NULL CHECK (octet_length(key) = 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE practice_details (
        id text PRIMARY KEY,
        revision integer NOT NULL,
        status text NOT NULL,
        owner_organization_id text NOT NULL,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX practice_details_owner ON practice_details (owner_organization_id, updated_at DESC)`);
    await q.query(`CREATE INDEX practice_details_status ON practice_details (status, updated_at DESC)`);
    await q.query(`
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
      )`);
    await q.query(`CREATE INDEX practice_search_document ON practice_search USING GIN (document) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_themes ON practice_search USING GIN (themes) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_countries ON practice_search USING GIN (countries) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_regions ON practice_search USING GIN (regions) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_newest ON practice_search (published_at DESC, id) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_title ON practice_search USING GIN (to_tsvector('english', title)) WHERE visible`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_search`);
    await q.query(`DROP TABLE practice_details`);
    await q.query(`DROP TABLE personal_data_keys`);
  }
}
