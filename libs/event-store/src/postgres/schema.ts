import type { Pool, PoolClient } from 'pg';
import { dropStreamTable } from './migrate-stream-table';

/**
 * Advisory locks whose 64-bit key has this in its upper half mark the store's own appends
 * in flight: the key's value above it is the next sequence value when the append began,
 * so every position the append writes is at least that.
 */
export const APPEND_LOCK_CLASS = 0x50450000;

/**
 * The store's tables. `position`, from one sequence, is the global order: portable through
 * pg_dump/pg_restore (the sequence's value travels with the dump). A position is readable
 * once no append of the store still in flight could write one at or below it; appends
 * publish their lower bound in an advisory lock (APPEND_LOCK in sql.ts), readers take the least
 * (es_watermark). Other transactions of the cluster take no part. A stream is its rows: the
 * unique (stream, revision) index checks expected revisions. SQL accepted by 15 and 18.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS es_events (
  position bigint GENERATED ALWAYS AS IDENTITY (CACHE 1),
  stream_name text NOT NULL,
  revision bigint NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  schema_version integer NOT NULL,
  -- json, not jsonb: stored and returned as written (byte for byte), no conversion on the way
  -- out, which is most of a catch-up's server time; read models hold the queryable shapes
  data json NOT NULL,
  -- what the command shares (actor, correlation, causation, command, occurred at); the event
  -- id and schema version are columns and are put back on read
  metadata json NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT es_events_position PRIMARY KEY (position),
  CONSTRAINT es_events_stream_revision UNIQUE (stream_name, revision),
  CONSTRAINT es_events_event_id UNIQUE (event_id)
);
CREATE TABLE IF NOT EXISTS es_checkpoints (
  consumer text PRIMARY KEY,
  commit_position bigint NOT NULL,
  prepare_position bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- The highest position below which nothing more can commit: the sequence first, then the
-- locks (in that order: an append that locks after the sequence was read takes greater positions).
CREATE OR REPLACE FUNCTION es_watermark() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  issued bigint;
  pending bigint;
BEGIN
  SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END INTO issued FROM es_events_position_seq;
  SELECT min(((classid::bigint - ${APPEND_LOCK_CLASS}) << 32) + objid::bigint) INTO pending
    FROM pg_locks
   WHERE locktype = 'advisory' AND objsubid = 1 AND granted
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND classid::bigint >= ${APPEND_LOCK_CLASS} AND classid::bigint < ${APPEND_LOCK_CLASS + 0x10000};
  RETURN least(issued, pending - 1);
END
$fn$;
-- The watermark, the last committed position, then (when after is given) the events of
-- (after, watermark] in order, at most max_rows: one round trip where a reader needed two.
-- The first row carries only settled and last. Safe in one call because each statement of a
-- VOLATILE function takes a fresh snapshot: the events are read after the watermark, so every
-- append below it that committed is seen (a single SELECT would scan with a snapshot taken
-- before the watermark, and miss an append committing in between).
CREATE OR REPLACE FUNCTION es_read_settled(after bigint, max_rows integer)
RETURNS TABLE (o_position text, o_stream_name text, o_revision bigint, o_event_id text, o_event_type text, o_schema_version integer,
               o_data json, o_metadata json, o_recorded_at float8, o_settled text, o_last text)
LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  w bigint := es_watermark();
  l bigint;
BEGIN
  SELECT max(e.position) INTO l FROM es_events e;
  RETURN QUERY SELECT NULL::text, NULL::text, NULL::bigint, NULL::text, NULL::text, NULL::integer, NULL::json, NULL::json, NULL::float8, w::text, l::text;
  IF after IS NOT NULL THEN
    RETURN QUERY SELECT e.position::text, e.stream_name, e.revision, e.event_id::text, e.event_type, e.schema_version, e.data, e.metadata,
                        (extract(epoch from e.recorded_at) * 1000)::float8, NULL::text, NULL::text
                   FROM es_events e WHERE e.position > after AND e.position <= w ORDER BY e.position LIMIT max_rows;
  END IF;
END
$fn$;
`;

/** Creates the tables once, even when several processes start together; brings an older layout up to date. */
export async function ensureEventStoreSchema(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('pfp:event-store:schema'))`);
    await migrateTransactionIdOrder(client);
    await dropStreamTable(client);
    await client.query(DDL);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  await assertSequenceAhead(pool);
}

/**
 * The first layout ordered the log by (transaction id, position). Each checkpoint becomes
 * the highest position below which its consumer has seen everything; the few events that
 * committed out of order around it are delivered again (projections are idempotent).
 */
async function migrateTransactionIdOrder(client: PoolClient): Promise<void> {
  const { rows } = await client.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'es_events' AND column_name = 'transaction_id'`,
  );
  if (rows.length === 0) return;
  await client.query(`LOCK TABLE es_events IN EXCLUSIVE MODE`);
  await client.query(`
    UPDATE es_checkpoints c SET commit_position = p.next, prepare_position = p.next
      FROM (SELECT c2.consumer, coalesce(
              (SELECT min(e.position) - 1 FROM es_events e
                WHERE (e.transaction_id, e.position) > (c2.commit_position::text::xid8, c2.prepare_position)),
              (SELECT coalesce(max(position), 0) FROM es_events)) AS next
              FROM es_checkpoints c2) p
     WHERE c.consumer = p.consumer`);
  await client.query(`ALTER TABLE es_events DROP CONSTRAINT es_events_pkey`);
  await client.query(`ALTER TABLE es_events DROP COLUMN transaction_id`);
  await client.query(`ALTER TABLE es_events ADD CONSTRAINT es_events_position PRIMARY KEY (position)`);
  await client.query(`ALTER TABLE es_events ALTER COLUMN position SET CACHE 1`);
}

/** A data-only restore, or a setval by hand, leaves the sequence behind the log: appends would collide or reorder. */
async function assertSequenceAhead(pool: Pool): Promise<void> {
  const { rows } = await pool.query(
    `SELECT (SELECT max(position) FROM es_events)::text AS logged, (SELECT last_value FROM es_events_position_seq)::text AS issued`,
  );
  if (rows[0].logged !== null && BigInt(rows[0].logged) > BigInt(rows[0].issued)) {
    throw new Error(
      `The event store's position sequence (${rows[0].issued}) is behind its log (position ${rows[0].logged}): ` +
        'the database was restored without its sequence. Nothing was appended. Repair, then start again: ' +
        `SELECT setval('es_events_position_seq', (SELECT max(position) FROM es_events));`,
    );
  }
}
