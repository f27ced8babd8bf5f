import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool, type PoolClient } from 'pg';
import { Consumer } from '../consumers/consumer';
import { pgTransactions } from '../consumers/pg-transactions';
import { waitUntil } from '../testing/contract-helpers';
import type { RecordedEvent } from '../types';
import { PostgresEventStore } from './postgres-event-store';
import { freePort } from '@pfp/testing';

// The system PostgreSQL's binaries (15 here): a fresh cluster by initdb, and pg_dump/pg_restore
const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

/** initdb refuses to run as root: run the server's tools as the postgres user then. */
function run(tool: string, args: string[]): void {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]] : [join(BIN, tool), args];
  execFileSync(cmd, argv, { stdio: 'pipe' });
}

/** A new cluster on a free port, data and socket under `dir`: its transaction counter starts at the bottom. */
async function freshCluster(dir: string): Promise<{ url: string; stop(): void }> {
  const data = join(dir, 'pg');
  const port = await freePort();
  run('initdb', ['--pgdata', data, '--username', 'postgres', '--auth', 'trust', '--encoding', 'UTF8', '--no-sync']);
  run('pg_ctl', [
    '--pgdata',
    data,
    '--wait',
    '--log',
    join(dir, 'server.log'),
    '--options',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  execFileSync(join(BIN, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'restored']);
  return { url: `postgres://postgres@127.0.0.1:${port}/restored`, stop: () => run('pg_ctl', ['--pgdata', data, '--wait', '--mode', 'fast', 'stop']) };
}
const CONSUMER = 'restore-reader';

function reader(pool: Pool, store: PostgresEventStore, seen: RecordedEvent[]): Consumer<PoolClient> {
  const pg = pgTransactions(pool);
  const handler = { name: CONSUMER, handle: async (events: RecordedEvent[]) => void seen.push(...events) };
  return new Consumer<PoolClient>({ store, handler, transactions: pg, checkpoints: pg.checkpoints, pollIntervalMs: 50, batchSize: 100 });
}

async function xid(pool: Pool): Promise<bigint> {
  return BigInt((await pool.query(`SELECT pg_current_xact_id()::text AS x`)).rows[0].x);
}

describe('PostgreSQL event store: backup and restore into a fresh cluster', () => {
  let source: TestDatabase;
  let dir: string;
  let fresh: { url: string; stop(): void } | undefined;
  const pools: Pool[] = [];
  const pool = (url: string) => {
    const p = new Pool({ connectionString: url, max: 5 });
    pools.push(p);
    return p;
  };

  beforeAll(async () => {
    source = await createTestDatabase('es_backup');
    dir = mkdtempSync(join(tmpdir(), 'es-restore-'));
    chmodSync(dir, 0o777); // the fresh server runs as the postgres user when we are root
    fresh = await freshCluster(dir);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    fresh?.stop();
    await source?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads every old event back and delivers every new one once, in order, to a consumer resuming from its checkpoint', async () => {
    const before = pool(source.url);
    const old = await PostgresEventStore.create(before);
    for (let s = 0; s < 50; s++) {
      await old.appendToStream(
        `practice-${s}`,
        Array.from({ length: 10 }, (_, i) => ({ type: 'Counted', data: { phase: 'old', n: s * 10 + i } })),
      );
    }
    const oldSeen: RecordedEvent[] = [];
    const oldReader = reader(before, old, oldSeen);
    oldReader.start();
    await waitUntil(() => oldSeen.length === 500, 20_000);
    const checkpoint = oldSeen[499].position;
    expect(await oldReader.waitFor(checkpoint, 10_000)).toBe(true);
    await oldReader.stop();
    await old.close();

    const dump = join(dir, 'events.dump');
    execFileSync(join(BIN, 'pg_dump'), ['--format=custom', '--no-owner', `--file=${dump}`, source.url]);
    execFileSync(join(BIN, 'pg_restore'), ['--no-owner', '--exit-on-error', `--dbname=${fresh!.url}`, dump]);

    const after = pool(fresh!.url);
    // the premise that broke transaction-id order keys: the fresh cluster's counter is far behind
    expect(await xid(after)).toBeLessThan(await xid(before));
    const store = await PostgresEventStore.create(after);
    try {
      const all = await store.readAll({ maxCount: 10_000 });
      expect(all).toHaveLength(500);
      expect(all.map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: 500 }, (_, n) => n));
      expect(await store.headPosition()).toEqual(checkpoint);

      const seen: RecordedEvent[] = [];
      const resumed = reader(after, store, seen);
      resumed.start();
      let last = checkpoint;
      for (let i = 0; i < 20; i++) last = (await store.appendToStream(`practice-${i % 3}`, [{ type: 'Counted', data: { phase: 'new', n: i } }])).position;
      expect(await resumed.waitFor(last, 20_000)).toBe(true);
      await resumed.stop();
      expect(seen.map((e) => [(e.data as { phase: string }).phase, (e.data as { n: number }).n])).toEqual(Array.from({ length: 20 }, (_, n) => ['new', n]));
      for (const e of seen) expect(e.position.prepare).toBeGreaterThan(checkpoint.prepare);
      const { rows } = await after.query(`SELECT commit_position::text AS c FROM es_checkpoints WHERE consumer = $1`, [CONSUMER]);
      expect(BigInt(rows[0].c)).toBe(last.commit);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('refuses to start, saying how to repair, when the position sequence was restored behind the log', async () => {
    const after = pool(fresh!.url);
    await after.query(`SELECT setval('es_events_position_seq', 3)`);
    await expect(PostgresEventStore.create(after)).rejects.toThrow(
      /position sequence \(3\) is behind its log \(position 520\).*SELECT setval\('es_events_position_seq', \(SELECT max\(position\) FROM es_events\)\)/,
    );
    await after.query(`SELECT setval('es_events_position_seq', (SELECT max(position) FROM es_events))`);
    const store = await PostgresEventStore.create(after);
    expect((await store.appendToStream('practice-0', [{ type: 'Counted', data: {} }])).position.prepare).toBe(521n);
    await store.close();
  }, 60_000);
});
