import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool } from 'pg';
import { PostgresEventStore } from './postgres-event-store';

// The first layout: the log ordered by (transaction id, position).
const FORMER = `
CREATE TABLE es_streams (stream_name text PRIMARY KEY, revision bigint NOT NULL);
CREATE TABLE es_events (
  position bigint GENERATED ALWAYS AS IDENTITY,
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_name text NOT NULL, revision bigint NOT NULL, event_id uuid NOT NULL, event_type text NOT NULL,
  schema_version integer NOT NULL, data json NOT NULL, metadata json NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT es_events_pkey PRIMARY KEY (transaction_id, position),
  CONSTRAINT es_events_stream_revision UNIQUE (stream_name, revision),
  CONSTRAINT es_events_event_id UNIQUE (event_id)
);
CREATE TABLE es_checkpoints (consumer text PRIMARY KEY, commit_position bigint NOT NULL, prepare_position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());`;

const insert = (stream: string, n: number) =>
  `INSERT INTO es_events (stream_name, revision, event_id, event_type, schema_version, data, metadata)
   VALUES ('${stream}', 0, gen_random_uuid(), 'Counted', 1, '{"n": ${n}}', '{"actor": null}')`;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('es_migrate');
});
afterAll(async () => {
  await db.drop();
});

it('converts a database of the transaction-id layout, checkpoints included, losing no event', async () => {
  const pool = new Pool({ connectionString: db.url, max: 4 });
  try {
    await pool.query(FORMER);
    // an older transaction commits its event after a newer one: former order (a, 2) before (b, 1)
    const older = await pool.connect();
    await older.query('BEGIN');
    await older.query('SELECT pg_current_xact_id()');
    await pool.query(insert('s-1', 1));
    await older.query(insert('s-2', 2));
    await older.query('COMMIT');
    older.release();
    await pool.query(insert('s-3', 3));
    const { rows: delivered } = await pool.query(`SELECT transaction_id::text AS c, position FROM es_events WHERE data->>'n' = '2'`);
    // a consumer that had seen only n=2 (first in the former order)
    await pool.query(`INSERT INTO es_checkpoints (consumer, commit_position, prepare_position) VALUES ('reader', $1, $2), ('done', 9999999, 3)`, [
      delivered[0].c,
      delivered[0].position,
    ]);

    const store = await PostgresEventStore.create(pool);
    const { rows } = await pool.query(`SELECT consumer, commit_position::int AS c, prepare_position::int AS p FROM es_checkpoints ORDER BY consumer`);
    expect(rows).toEqual([
      { consumer: 'done', c: 3, p: 3 },
      { consumer: 'reader', c: 0, p: 0 },
    ]);
    // nothing the reader had not seen is behind its checkpoint (n=2 comes again: projections are idempotent)
    const next = await store.readAll({ after: { commit: 0n, prepare: 0n } });
    expect(next.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3]);
    expect((await store.appendToStream('s-4', [{ type: 'Counted', data: { n: 4 } }])).position).toEqual({ commit: 4n, prepare: 4n });
    await store.close();
  } finally {
    await pool.end();
  }
});

it('drops the stream table of the second layout: revisions continue from the log', async () => {
  const pool = new Pool({ connectionString: db.url, max: 4 });
  try {
    await pool.query('DROP TABLE IF EXISTS es_events, es_streams, es_checkpoints CASCADE');
    const store = await PostgresEventStore.create(pool);
    await store.appendToStream('kept', [
      { type: 'Counted', data: { n: 1 } },
      { type: 'Counted', data: { n: 2 } },
    ]);
    await store.close();
    // as the second layout left it: a row per stream beside the log
    await pool.query(`CREATE TABLE es_streams (stream_name text PRIMARY KEY, revision bigint NOT NULL); INSERT INTO es_streams VALUES ('kept', 1)`);

    const again = await PostgresEventStore.create(pool);
    const { rows } = await pool.query(`SELECT to_regclass('es_streams') AS t`);
    expect(rows[0].t).toBeNull();
    await expect(again.appendToStream('kept', [{ type: 'Counted', data: { n: 0 } }], { expectedRevision: 0 })).rejects.toMatchObject({ actual: 1 });
    expect((await again.appendToStream('kept', [{ type: 'Counted', data: { n: 3 } }], { expectedRevision: 1 })).nextExpectedRevision).toBe(2);
    await again.close();
  } finally {
    await pool.end();
  }
});
