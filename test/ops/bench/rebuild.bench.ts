// npm run bench:rebuild [-- --practices=100000 --batch=10000 --only=practice-search,practice-details --no-burst --keep --database=<kept one>]
// (or BENCH_PRACTICES=N). On DATABASE_URL's cluster (else postgres://postgres@127.0.0.1:5432),
// in a database of its own (bench_rebuild_<pid>, dropped at the end): writes N practices
// (drafted, submitted, published) through the practice decider and the event store, then
// rebuilds every read model that declares its tables and has rows, and compares each with an
// INSERT ... SELECT of the same rows into a copy of the same tables with the same indexes, in
// the same run. Then a burst of 10,000 events written in about a second, with the projector's
// consumers running: how long until every projection has applied it. The last line is
// `rebuild/raw: <worst ratio>` (raw seconds / rebuild seconds: 1.0 is as fast as the database).
// Beside it, `read s`: reading and decoding the events each rebuild reads and nothing else, and
// `raw/read`: the best rebuild/raw any rebuild that reads its events from the log in Node can reach;
// `parse s`: PostgreSQL parsing the JSON of those events (data and metadata) and nothing else, and
// `raw/parse`: the best rebuild/raw any rebuild deriving its rows from the log can reach, in SQL or in Node.
// --database=<name> reuses a database a run with --keep left (its events; nothing generated, nothing dropped).
import { loadavg } from 'node:os';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@pfp/config';
import { EVENT_STORE, Projections, rebuildProjection, type Projection } from '@pfp/event-sourcing';
import { START, type EventStore } from '@pfp/event-store';
import { PROJECTOR_FEATURES } from '../../../apps/projector/src/projector';
import { ProjectorModule } from '../../../apps/projector/src/projector.module';
import { generatePractices } from './rebuild-generate';

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const PRACTICES = Number(flag('practices') ?? process.env.BENCH_PRACTICES ?? 100_000);
const BATCH = flag('batch') ? Number(flag('batch')) : undefined;
const ONLY = flag('only')?.split(',');
const BURST = !process.argv.includes('--no-burst');
const REUSE = flag('database');
const KEEP = process.argv.includes('--keep') || REUSE !== undefined;
const BURST_EVENTS = 10_000;

const out = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const pad = (cells: (string | number)[], widths: number[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' ');

async function boot(databaseUrl: string, runConsumers: boolean): Promise<INestApplicationContext> {
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', DEMO: 'false', EVENT_STORE: 'postgres' });
  return NestFactory.createApplicationContext(ProjectorModule.forRoot({ ...config, databaseUrl }, PROJECTOR_FEATURES, { runConsumers }), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
}

interface Measured {
  name: string;
  rows: number;
  rebuildMs: number;
  /** Reading the events the rebuild reads, and nothing else (no fold, no write): the floor of any rebuild in Node. */
  readMs: number;
  /** PostgreSQL parsing the JSON of those events, nothing else (null: the log is not in this database). */
  parseMs: number | null;
  rawMs: number;
  rebuiltBytes: number;
  rawBytes: number;
}

async function rawCopy(dataSource: DataSource, tables: string[]): Promise<{ ms: number; bytes: number; rebuiltBytes: number }> {
  await dataSource.query(`DROP SCHEMA IF EXISTS bench_raw CASCADE`);
  await dataSource.query(`CREATE SCHEMA bench_raw`);
  for (const t of tables) await dataSource.query(`CREATE TABLE bench_raw."${t}" (LIKE public."${t}" INCLUDING ALL)`);
  await dataSource.query(`CHECKPOINT`);
  const started = Date.now();
  for (const t of tables) await dataSource.query(`INSERT INTO bench_raw."${t}" SELECT * FROM public."${t}"`);
  const ms = Date.now() - started;
  let bytes = 0;
  let rebuiltBytes = 0;
  for (const t of tables) {
    const [r] = await dataSource.query(`SELECT pg_total_relation_size($1::regclass)::bigint AS raw, pg_total_relation_size($2::regclass)::bigint AS rebuilt`, [
      `bench_raw."${t}"`,
      `public."${t}"`,
    ]);
    bytes += Number(r.raw);
    rebuiltBytes += Number(r.rebuilt);
  }
  await dataSource.query(`DROP SCHEMA bench_raw CASCADE`);
  return { ms, bytes, rebuiltBytes };
}

/** Reads the log as the rebuild does (its types, pages of 10,000, the events decoded) and does nothing with them. */
async function readOnly(store: EventStore, projection: Projection): Promise<{ ms: number; events: number }> {
  const started = Date.now();
  let after = START;
  let events = 0;
  for (;;) {
    const page = store.readAllPage
      ? await store.readAllPage({ after, maxCount: 10_000, ...(projection.types ? { types: projection.types } : {}) })
      : await store.readAll({ after, maxCount: 10_000 }).then((e) => ({ events: e, end: e.length ? e[e.length - 1].position : after }));
    if (page.events.length === 0) break;
    events += page.events.length;
    after = page.end;
  }
  return { ms: Date.now() - started, events };
}

/** PostgreSQL parsing the JSON of the events the rebuild reads (data and metadata), and nothing else: the floor of a rebuild in SQL too. */
async function parseOnly(dataSource: DataSource, projection: Projection): Promise<number | null> {
  const [{ log }] = await dataSource.query(`SELECT to_regclass('es_events') IS NOT NULL AS log`);
  if (!log) return null;
  const started = Date.now();
  await dataSource.query(
    `SELECT count(*) FILTER (WHERE data::jsonb IS NOT NULL AND metadata::jsonb IS NOT NULL) FROM es_events${projection.types ? ' WHERE event_type = ANY($1)' : ''}`,
    projection.types ? [projection.types] : [],
  );
  return Date.now() - started;
}

async function rowsOf(dataSource: DataSource, tables: string[]): Promise<number> {
  let n = 0;
  for (const t of tables) n += Number((await dataSource.query(`SELECT count(*)::bigint AS n FROM public."${t}"`))[0].n);
  return n;
}

/** Until no event is held back (an append still in flight keeps the log's readable head behind it). */
async function settled(store: EventStore, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await store.hasHeldBackEvents?.(START)) {
    if (Date.now() > deadline) throw new Error('events are still held back by an append in flight');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = REUSE ?? `bench_rebuild_${process.pid}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  if (!REUSE) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  Logger.overrideLogger(['error', 'warn']);
  const apps: INestApplicationContext[] = [];
  try {
    out(`bench:rebuild: ${PRACTICES} practices in database ${name}; load average at start ${load()}`);
    const app = await boot(databaseUrl, false);
    apps.push(app);
    const dataSource = app.get(DataSource);
    const store = app.get<EventStore>(EVENT_STORE, { strict: false });
    const projections = app.get(Projections, { strict: false });
    let started = Date.now();
    if (REUSE) out(`reusing the ${(await dataSource.query(`SELECT count(*)::int AS n FROM es_events`))[0].n} events of database ${name}`);
    else {
      const events = await generatePractices(store, PRACTICES, { onProgress: (done) => done % 20_000 === 0 && out(`  generated ${done} practices`) });
      const genMs = Date.now() - started;
      out(`generated ${PRACTICES} practices (${events} events) in ${seconds(genMs)} s (${Math.round(events / (genMs / 1000))} events/s)`);
      await dataSource.query(`VACUUM ANALYZE es_events`);
    }
    await settled(store);

    const rebuildable = projections.list().filter((p): p is Projection & { tables: string[] } => !!p.tables?.length && (!ONLY || ONLY.includes(p.name)));
    const measured: Measured[] = [];
    for (const projection of rebuildable) {
      const read = await readOnly(store, projection);
      const parseMs = await parseOnly(dataSource, projection);
      await dataSource.query(`CHECKPOINT`);
      started = Date.now();
      const cpu = process.cpuUsage();
      const result: { timings?: Record<string, number> } = await rebuildProjection({ dataSource, store, projection, ...(BATCH ? { batchSize: BATCH } : {}) });
      const rebuildMs = Date.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      const phases = result.timings
        ? ` (${Object.entries(result.timings)
            .map(([phase, ms]) => `${phase} ${seconds(ms)} s`)
            .join(', ')})`
        : '';
      const rows = await rowsOf(dataSource, projection.tables);
      if (rows === 0) {
        out(`${projection.name}: no rows from these events (${seconds(rebuildMs)} s): not compared`);
        continue;
      }
      const raw = await rawCopy(dataSource, projection.tables);
      measured.push({ name: projection.name, rows, rebuildMs, readMs: read.ms, parseMs, rawMs: raw.ms, rebuiltBytes: raw.rebuiltBytes, rawBytes: raw.bytes });
      out(
        `${projection.name}: ${rows} rows rebuilt in ${seconds(rebuildMs)} s${phases} (${seconds((user + system) / 1000)} s of CPU in Node); raw INSERT ... SELECT ${seconds(raw.ms)} s; reading its ${read.events} events alone ${seconds(read.ms)} s${parseMs === null ? '' : `, parsing their JSON in PostgreSQL alone ${seconds(parseMs)} s`}; load average ${load()}`,
      );
    }

    out('');
    const widths = [26, 9, 10, 9, 9, 12, 8, 9, 8, 10, 12, 12, 9];
    // read s: the events read and decoded, nothing else; raw/read: the best rebuild/raw a rebuild that reads them can reach
    out(
      pad(
        [
          'read model',
          'rows',
          'rebuild s',
          'rows/s',
          'raw s',
          'rebuild/raw',
          'read s',
          'raw/read',
          'parse s',
          'raw/parse',
          'rebuilt size',
          'raw size',
          'size/raw',
        ],
        widths,
      ),
    );
    for (const m of measured) {
      out(
        pad(
          [
            m.name,
            m.rows,
            seconds(m.rebuildMs),
            Math.round(m.rows / (m.rebuildMs / 1000)),
            seconds(m.rawMs),
            (m.rawMs / m.rebuildMs).toFixed(2),
            seconds(m.readMs),
            (m.rawMs / m.readMs).toFixed(2),
            m.parseMs === null ? '-' : seconds(m.parseMs),
            m.parseMs === null ? '-' : (m.rawMs / m.parseMs).toFixed(2),
            mb(m.rebuiltBytes),
            mb(m.rawBytes),
            (m.rebuiltBytes / m.rawBytes).toFixed(2),
          ],
          widths,
        ),
      );
    }

    if (BURST) {
      // every projection starts at the head (the others were not rebuilt: they would replay the whole log first)
      const head = await store.headPosition();
      for (const p of projections.list()) {
        await dataSource.query(
          `INSERT INTO es_checkpoints (consumer, commit_position, prepare_position) VALUES ($1, $2, $3) ON CONFLICT (consumer) DO UPDATE SET commit_position = EXCLUDED.commit_position, prepare_position = EXCLUDED.prepare_position`,
          [p.name, head.commit.toString(), head.prepare.toString()],
        );
      }
      // a backlog: 10,000 events written while no consumer runs, then the projector starts
      const backlogWritten = await generatePractices(store, Math.ceil(BURST_EVENTS / 3), { chunk: 1000, parallel: 3 });
      await settled(store);
      const backlogHead = await store.headPosition();
      const bootStart = Date.now();
      const live = await boot(databaseUrl, true);
      apps.push(live);
      const bootMs = Date.now() - bootStart;
      const liveProjections = live.get(Projections, { strict: false });
      const caughtUp: string[] = [];
      await Promise.all(
        liveProjections.list().map(async (p) => {
          await liveProjections.waitFor(backlogHead, [p.name], 120_000);
          caughtUp.push(`${p.name} ${seconds(Date.now() - bootStart)}`);
        }),
      );
      out('');
      out(
        `backlog: ${backlogWritten} events written with no consumer running; every projection had applied them ${seconds(Date.now() - bootStart)} s after the projector started (its boot took ${seconds(bootMs)} s)`,
      );
      out(`  s after the start: ${caughtUp.join(', ')}`);

      // a burst while the consumers run
      const burstStart = Date.now();
      const written = await generatePractices(store, Math.ceil(BURST_EVENTS / 3), { chunk: 1000, parallel: 3 });
      const writtenMs = Date.now() - burstStart;
      await settled(store);
      const burstHead = await store.headPosition();
      const applied: string[] = [];
      await Promise.all(
        liveProjections.list().map(async (p) => {
          await liveProjections.waitFor(burstHead, [p.name], 120_000);
          applied.push(`${p.name} ${seconds(Date.now() - burstStart - writtenMs)}`);
        }),
      );
      const totalMs = Date.now() - burstStart;
      out(
        `burst: ${written} events written in ${seconds(writtenMs)} s while the consumers run; every projection had applied them ${seconds(totalMs)} s after the first write (${seconds(totalMs - writtenMs)} s after the last)`,
      );
      out(`  s after the last write: ${applied.join(', ')}`);
    }
    out(`load average at end ${load()}`);
    const worst = measured.reduce((w, m) => Math.min(w, m.rawMs / m.rebuildMs), Infinity);
    out(`rebuild/raw: ${Number.isFinite(worst) ? worst.toFixed(2) : 'n/a'}`);
  } finally {
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    if (KEEP) out(`kept database ${databaseUrl}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
