import type { Pool } from 'pg';

/**
 * The store's tables. `transaction_id` orders the global log: readers only read below the
 * oldest running transaction, so an event that commits late is never skipped.
 * SQL accepted by PostgreSQL 15 and 18.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS es_streams (
  stream_name text PRIMARY KEY,
  revision bigint NOT NULL
);
CREATE TABLE IF NOT EXISTS es_events (
  position bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_name text NOT NULL,
  revision bigint NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  schema_version integer NOT NULL,
  -- json, not jsonb: stored and returned as written (byte for byte), no conversion on the way
  -- out, which is most of a catch-up's server time; read models hold the queryable shapes
  data json NOT NULL,
  metadata json NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- the global order is the key: one index fewer to write on every append
  CONSTRAINT es_events_pkey PRIMARY KEY (transaction_id, position),
  CONSTRAINT es_events_stream_revision UNIQUE (stream_name, revision),
  CONSTRAINT es_events_event_id UNIQUE (event_id)
);
CREATE TABLE IF NOT EXISTS es_checkpoints (
  consumer text PRIMARY KEY,
  commit_position bigint NOT NULL,
  prepare_position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`;

/** Creates the tables once, even when several processes start together. */
export async function ensureEventStoreSchema(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('pfp:event-store:schema'))`);
    await client.query(DDL);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
