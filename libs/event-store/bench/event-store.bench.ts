// npm run bench:event-store — the event store beside plain PostgreSQL, measured in one run.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { PostgresEventStore } from '../src/postgres/postgres-event-store';
import type { GlobalPosition } from '../src/types';
import { benchDatabase } from './bench-database';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CATCH_UP_EVENTS = Number(process.env.BENCH_CATCH_UP_EVENTS ?? 1_000_000);

const data = {
  title: 'Training of consular officials on the protection of unaccompanied migrant children',
  countries: ['MEX', 'HND', 'GTM', 'DOM'],
  metric: { officialsTrained: 3500 },
};
const metadata = {
  actor: { accountId: 'account-' + randomUUID(), organizationId: 'organization-' + randomUUID() },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  commandId: randomUUID(),
  occurredAt: new Date().toISOString(),
  schemaVersion: 1,
};

interface Row {
  name: string;
  ours: number;
  baseline: number;
  baselineName: string;
  unit: string;
  target?: number;
}

async function forSeconds(writers: number, seconds: number, op: (writer: number) => Promise<number>): Promise<number> {
  const deadline = Date.now() + seconds * 1000;
  let done = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      while (Date.now() < deadline) {
        const n = await op(w); // not `done += await op(w)`: that reads `done` before the await and loses concurrent counts
        done += n;
      }
    }),
  );
  return done / ((Date.now() - started) / 1000);
}

/**
 * Baseline and ours in alternating one-second rounds, each total over all its rounds: on a
 * machine shared with other work the load moves within seconds, and both then see the same.
 */
async function alternating(writers: number, seconds: number, baseline: (w: number) => Promise<number>, ours: (w: number) => Promise<number>) {
  const runs = { baseline: { n: 0, s: 0 }, ours: { n: 0, s: 0 } };
  for (let round = 0; round < seconds; round++) {
    for (const [run, op] of [
      [runs.baseline, baseline],
      [runs.ours, ours],
    ] as const) {
      const rate = await forSeconds(writers, 1, op);
      run.n += rate;
      run.s += 1;
    }
  }
  return { baseline: runs.baseline.n / runs.baseline.s, ours: runs.ours.n / runs.ours.s };
}

/** WAL this database wrote per operation (heap, index and sequence records; commit records, alike for both, aside), or null without pg_walinspect. */
async function walPerOp(pool: Pool, writers: number, op: (w: number) => Promise<number>): Promise<number | null> {
  const walinspect = await pool.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect').then(
    () => true,
    () => false,
  );
  if (!walinspect) return null;
  const lsn = async () => (await pool.query(`SELECT pg_current_wal_insert_lsn()::text AS l`)).rows[0].l as string;
  const from = await lsn();
  let done = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < 250; i++) done += await op(w);
    }),
  );
  const to = await lsn();
  // the records end before the flushed point once this session's own commit is flushed
  const { rows } = await pool.query(
    `SELECT coalesce(sum(record_length), 0)::float8 AS bytes FROM pg_get_wal_records_info($1, least($2::pg_lsn, pg_current_wal_flush_lsn()))
      WHERE block_ref LIKE '%/' || (SELECT oid FROM pg_database WHERE datname = current_database()) || '/%'`,
    [from, to],
  );
  return rows[0].bytes / done;
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  const pool = new Pool({ connectionString: db.url, max: 20 });
  const store = await PostgresEventStore.create(pool);
  await pool.query(
    `CREATE TABLE raw_rows (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stream_name text NOT NULL, event_type text NOT NULL, data json NOT NULL, metadata json NOT NULL)`,
  );
  const json = JSON.stringify(data);
  const meta = JSON.stringify(metadata);
  const rows: Row[] = [];
  console.log(
    `PostgreSQL: ${db.server}; ${SECONDS} s per measurement; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );

  for (const writers of [1, 16]) {
    // warm both paths, then measure baseline and ours back to back
    await forSeconds(
      writers,
      1,
      async () => (
        await pool.query(`INSERT INTO raw_rows (stream_name, event_type, data, metadata) VALUES ($1, 'Benchmarked', $2, $3)`, [
          `raw-${randomUUID()}`,
          json,
          meta,
        ]),
        1
      ),
    );
    const raw = async () => {
      await pool.query(`INSERT INTO raw_rows (stream_name, event_type, data, metadata) VALUES ($1, 'Benchmarked', $2, $3)`, [
        `raw-${randomUUID()}`,
        json,
        meta,
      ]);
      return 1;
    };
    const streams = Array.from({ length: writers }, () => `bench-${randomUUID()}`);
    const revisions = streams.map(() => -1);
    const append = async (w: number) => {
      const expectedRevision = revisions[w] < 0 ? ('NO_STREAM' as const) : revisions[w];
      revisions[w] = (await store.appendToStream(streams[w], [{ type: 'Benchmarked', data }], { expectedRevision, context: metadata })).nextExpectedRevision;
      return 1;
    };
    const { baseline, ours } = await alternating(writers, SECONDS, raw, append);
    if (writers === 1) {
      const [rawWal, oursWal] = [await walPerOp(pool, 1, raw), await walPerOp(pool, 1, append)];
      if (rawWal !== null && oursWal !== null) {
        rows.push({ name: 'WAL bytes per single-event append (less is better)', ours: oursWal, baseline: rawWal, baselineName: 'INSERT', unit: 'B' });
      }
    }
    rows.push({
      name: `single-event appends, ${writers} writer${writers > 1 ? 's' : ''}`,
      ours,
      baseline,
      baselineName: 'INSERT+COMMIT',
      unit: 'events/s',
      target: writers === 16 ? 0.7 : undefined,
    });
    console.log(`  measured ${rows[rows.length - 1].name}`);
  }

  const batch = 100;
  const copy = async () => {
    const client = await pool.connect();
    try {
      const stream = `copy-${randomUUID()}`;
      const lines = Array.from({ length: batch }, () => `${stream}\tBenchmarked\t${json}\t${meta}\n`).join('');
      await pipeline(Readable.from([lines]), client.query(copyFrom(`COPY raw_rows (stream_name, event_type, data, metadata) FROM STDIN`)));
    } finally {
      client.release();
    }
    return batch;
  };
  const appendBatch = async () => {
    await store.appendToStream(
      `batch-${randomUUID()}`,
      Array.from({ length: batch }, () => ({ type: 'Benchmarked', data })),
      { expectedRevision: 'NO_STREAM', context: metadata },
    );
    return batch;
  };
  const { baseline: copyBaseline, ours: batched } = await alternating(1, SECONDS, copy, appendBatch);
  rows.push({ name: `100-event batched appends`, ours: batched, baseline: copyBaseline, baselineName: 'COPY 100 rows', unit: 'events/s', target: 0.5 });
  console.log('  measured batched appends');

  // catch-up: fill the log to CATCH_UP_EVENTS in 100k-event transactions, then read it all
  const {
    rows: [{ n: present }],
  } = await pool.query(`SELECT count(*)::int AS n FROM es_events`);
  const chunk = 100_000;
  for (let loaded = present; loaded < CATCH_UP_EVENTS; loaded += chunk) {
    const size = Math.min(chunk, CATCH_UP_EVENTS - loaded);
    await pool.query(
      `INSERT INTO es_events (stream_name, revision, event_id, event_type, schema_version, data, metadata)
       SELECT 'fill-' || (g / 10), g % 10, gen_random_uuid(), 'Benchmarked', 1, $1::json, $2::json FROM generate_series($3::bigint, $3::bigint + $4 - 1) g`,
      [json, meta, loaded, size],
    );
    process.stdout.write(
      `\r  loading the log: ${Math.min(loaded + size, CATCH_UP_EVENTS).toLocaleString('en')} / ${CATCH_UP_EVENTS.toLocaleString('en')} events`,
    );
  }
  process.stdout.write('\n');
  // the fill bypassed the append path: move the sequence past it, as a restore would
  await pool.query(`SELECT setval('es_events_position_seq', (SELECT max(position) FROM es_events))`);
  await pool.query('VACUUM ANALYZE es_events');
  // read the table once before timing, as the former bench's wait for the cluster-wide xmin did (a full scan)
  await pool.query(`SELECT count(*) FROM es_events WHERE data IS NOT NULL`);
  const {
    rows: [{ n: total }],
  } = await pool.query(`SELECT count(*)::int AS n FROM es_events`);
  const started = Date.now();
  let read = 0;
  let after: GlobalPosition | undefined;
  while (read < total) {
    const events = await store.readAll({ after, maxCount: 5000 });
    if (events.length === 0) throw new Error(`the log ended at ${read} of ${total} events`);
    read += events.length;
    after = events[events.length - 1].position;
    if (read % 100_000 < 5000) process.stdout.write(`\r  catching up: ${read.toLocaleString('en')} events`);
  }
  const rate = read / ((Date.now() - started) / 1000);
  process.stdout.write('\n');
  rows.push({
    name: `global-log catch-up read (${read.toLocaleString('en')} events)`,
    ours: rate,
    baseline: 100_000,
    baselineName: 'target 100k/s',
    unit: 'events/s',
    target: 1,
  });

  // a projection that handles one type in a hundred: the store filters, the reader passes over the rest
  await pool.query(`UPDATE es_events SET event_type = 'Rare' WHERE position % 100 = 0`);
  const typedStarted = Date.now();
  let typedEnd: GlobalPosition | undefined;
  const head = (await store.headPosition()).prepare;
  while ((typedEnd?.prepare ?? 0n) < head) {
    typedEnd = (await store.readAllPage({ after: typedEnd, maxCount: 5000, types: ['Rare'] })).end;
  }
  const typedRate = Number(head) / ((Date.now() - typedStarted) / 1000);
  rows.push({
    name: 'catch-up of a projection of 1 type in 100 (log events passed)',
    ours: typedRate,
    baseline: rate,
    baselineName: 'unfiltered catch-up',
    unit: 'events/s',
  });

  await store.close();
  await pool.end();
  await db.drop();

  const fmt = (n: number) => Math.round(n).toLocaleString('en');
  console.log(
    `\nload average at the end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log('\n| measurement | ours | baseline | ratio | target |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of rows) {
    const ratio = r.ours / r.baseline;
    const verdict = r.target === undefined ? '' : `>= ${r.target}x ${ratio >= r.target ? 'met' : 'MISSED'}`;
    console.log(`| ${r.name} | ${fmt(r.ours)} ${r.unit} | ${fmt(r.baseline)} (${r.baselineName}) | ${ratio.toFixed(2)}x | ${verdict} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
