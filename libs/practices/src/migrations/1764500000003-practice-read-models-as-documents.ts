import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The practice read models as documents of their own (the projection helper's tables: id,
 * revision, the document, the columns filters, sorting and indexes use, tsvectors computed in
 * SQL where the row is written). practice_search no longer holds the aggregate's state: no
 * working copy in any column, no sealed contact. The old rows cannot be reshaped in SQL, so
 * both tables start empty and their checkpoints are deleted: the projections rebuild them
 * from the log when the app starts.
 */
export class PracticeReadModelsAsDocuments1764500000003 implements MigrationInterface {
  name = 'PracticeReadModelsAsDocuments1764500000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_details`);
    await q.query(`DROP TABLE practice_search`);
    await resetCheckpoints(q);
    // `||` of tsvectors as an aggregate: the texts of a practice (the published one, its translations) in one vector
    await q.query(`CREATE AGGREGATE practice_tsvector_agg (tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')`);
    await q.query(`
      CREATE TABLE practice_details (
        id text PRIMARY KEY,
        revision integer NOT NULL,
        doc jsonb NOT NULL,
        status text NOT NULL,
        owner_organization_id text NOT NULL,
        updated_at timestamptz NOT NULL,
        published_at timestamptz
      )`);
    // the working lists: an organisation's practices, and the Support Unit's queue by status
    await q.query(`CREATE INDEX practice_details_owner ON practice_details (owner_organization_id, updated_at DESC)`);
    await q.query(`CREATE INDEX practice_details_status ON practice_details (status, updated_at DESC)`);
    await q.query(`
      CREATE TABLE practice_search (
        id text PRIMARY KEY,
        revision integer NOT NULL,
        doc jsonb NOT NULL,
        visible boolean NOT NULL,
        title text NOT NULL,
        themes text[] NOT NULL,
        gcm_objectives text[] NOT NULL,
        regions text[] NOT NULL,
        countries text[] NOT NULL,
        owner_organization_id text NOT NULL,
        implementation_status text,
        published_at timestamptz,
        facet_values text[] NOT NULL,
        document tsvector NOT NULL,
        head tsvector NOT NULL
      )`);
    // the wide columns (doc, document) out of line: the rows a search scans stay narrow
    await q.query(`ALTER TABLE practice_search SET (toast_tuple_target = 1024)`);
    await q.query(`CREATE INDEX practice_search_document ON practice_search USING GIN (document) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_themes ON practice_search USING GIN (themes) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_countries ON practice_search USING GIN (countries) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_regions ON practice_search USING GIN (regions) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_newest ON practice_search (published_at DESC, id) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_title ON practice_search USING GIN (to_tsvector('english', title)) WHERE visible`);
    await lz4Where(q, ['practice_details.doc', 'practice_search.doc', 'practice_search.document']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE practice_search`);
    await q.query(`DROP TABLE practice_details`);
    await q.query(`DROP AGGREGATE practice_tsvector_agg (tsvector)`);
    await resetCheckpoints(q);
    await q.query(`
      CREATE TABLE practice_details (id text PRIMARY KEY, revision integer NOT NULL, status text NOT NULL, owner_organization_id text NOT NULL,
        state jsonb NOT NULL, updated_at timestamptz NOT NULL, published_at timestamptz)`);
    await q.query(`CREATE INDEX practice_details_owner ON practice_details (owner_organization_id, updated_at DESC)`);
    await q.query(`CREATE INDEX practice_details_status ON practice_details (status, updated_at DESC)`);
    await q.query(`
      CREATE TABLE practice_search (id text PRIMARY KEY, revision integer NOT NULL, visible boolean NOT NULL, state jsonb NOT NULL, title text NOT NULL,
        language text NOT NULL, document tsvector NOT NULL, themes text[] NOT NULL, gcm_objectives text[] NOT NULL, regions text[] NOT NULL,
        countries text[] NOT NULL, owner_organization_id text NOT NULL, implementation_status text, published_at timestamptz,
        head tsvector NOT NULL DEFAULT ''::tsvector, facet_values text[] NOT NULL DEFAULT '{}')`);
    await q.query(`ALTER TABLE practice_search SET (toast_tuple_target = 1024)`);
    await q.query(`CREATE INDEX practice_search_document ON practice_search USING GIN (document) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_themes ON practice_search USING GIN (themes) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_countries ON practice_search USING GIN (countries) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_regions ON practice_search USING GIN (regions) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_newest ON practice_search (published_at DESC, id) WHERE visible`);
    await q.query(`CREATE INDEX practice_search_title ON practice_search USING GIN (to_tsvector('english', title)) WHERE visible`);
  }
}

/**
 * Compresses the wide columns with lz4 where the server has it: documents are written whole,
 * and pglz took most of a rebuild's time (2.4x slower on 9 kB documents). Without lz4 the
 * default compression stays.
 */
async function lz4Where(q: QueryRunner, columns: string[]): Promise<void> {
  const alters = columns
    .map((c) => {
      const [table, column] = c.split('.');
      return `ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION lz4;`;
    })
    .join(' ');
  await q.query(`DO $$ BEGIN ${alters} EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL; END $$`);
}

/** Both read models are rebuilt from the log: their consumers start again at position 0. */
async function resetCheckpoints(q: QueryRunner): Promise<void> {
  await q.query(`DO $$ BEGIN
    IF to_regclass('es_checkpoints') IS NOT NULL THEN DELETE FROM es_checkpoints WHERE consumer IN ('practice-details', 'practice-search'); END IF;
  END $$`);
}
