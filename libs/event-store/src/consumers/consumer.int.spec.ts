import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool, type PoolClient } from 'pg';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { settledHeadPosition } from '../settled';
import type { RecordedEvent } from '../types';
import { AdvisoryLock } from './advisory-lock';
import { Consumer, type ConsumerHandler } from './consumer';
import { pgTransactions } from './pg-transactions';

const CHILD = join(__dirname, 'kill-child.fixture.ts');
const REGISTER = join(__dirname, '..', '..', '..', '..', 'tools', 'register.cjs');

let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  db = await createTestDatabase('consumer');
  pool = new Pool({ connectionString: db.url, max: 10 });
  store = await PostgresEventStore.create(pool);
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await db.drop();
});

let table = 0;
async function freshTable(): Promise<string> {
  const name = `projected_${++table}`;
  await pool.query(`CREATE TABLE ${name} (event_id uuid NOT NULL, n int, consumer text)`);
  return name;
}

function recorder(name: string, target: string, fail?: (e: RecordedEvent) => boolean): ConsumerHandler<PoolClient> {
  return {
    name,
    async handle(events, tx) {
      for (const e of events) {
        await tx.query(`INSERT INTO ${target} (event_id, n, consumer) VALUES ($1, $2, $3)`, [e.id, (e.data as { n: number }).n, name]);
        if (fail?.(e)) throw new Error(`handler refused event ${(e.data as { n: number }).n}`);
      }
    },
  };
}

function consumer(handler: ConsumerHandler<PoolClient>, extra: Partial<ConstructorParameters<typeof Consumer<PoolClient>>[0]> = {}) {
  const pg = pgTransactions(pool);
  return new Consumer<PoolClient>({ store, handler, transactions: pg, checkpoints: pg.checkpoints, pollIntervalMs: 50, batchSize: 10, ...extra });
}

async function append(count: number, from = 0): Promise<void> {
  for (let i = 0; i < count; i++) await store.appendToStream(`counter-${from + i}`, [{ type: 'Counted', data: { n: from + i } }]);
}

async function eventCount(): Promise<number> {
  return (await pool.query(`SELECT count(*)::int AS n FROM es_events`)).rows[0].n;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function rows(target: string): Promise<{ n: number; consumer: string }[]> {
  return (await pool.query(`SELECT n, consumer FROM ${target} ORDER BY n`)).rows;
}

describe('Consumer over PostgreSQL', () => {
  it('catches up from its stored checkpoint and delivers each event once, in order', async () => {
    const target = await freshTable();
    await append(25, 1000);
    const first = consumer(recorder('catch-up', target));
    first.start();
    expect(await first.waitFor(await settledHeadPosition(store), 10_000)).toBe(true);
    await first.stop();
    expect((await rows(target)).map((r) => r.n)).toEqual(Array.from({ length: 25 }, (_, i) => 1000 + i));

    await append(5, 2000);
    const second = consumer(recorder('catch-up', target));
    second.start();
    expect(await second.waitFor(await settledHeadPosition(store), 10_000)).toBe(true);
    await second.stop();
    const all = (await rows(target)).map((r) => r.n);
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
  });

  it('stops on a handler error, writes nothing of the failed batch, and resumes at that event', async () => {
    const target = await freshTable();
    const { rows: before } = await pool.query(`SELECT count(*)::int AS n FROM es_events`);
    await append(12, 3000);
    const failing = consumer(
      recorder('stops-on-error', target, (e) => (e.data as { n: number }).n === 3005),
      { batchSize: 4 },
    );
    failing.start();
    for (let i = 0; i < 200 && failing.status !== 'failed'; i++) await new Promise((r) => setTimeout(r, 25));
    expect(failing.status).toBe('failed');
    expect(failing.lastError?.message).toContain('3005');
    const kept = (await rows(target)).filter((r) => r.n >= 3000).map((r) => r.n);
    // whole batches only: the batch holding 3005 rolled back, and nothing after it ran
    expect(kept.every((n) => n < 3005)).toBe(true);
    await failing.stop();

    const fixed = consumer(recorder('stops-on-error', target));
    fixed.start();
    expect(await fixed.waitFor(await settledHeadPosition(store), 10_000)).toBe(true);
    await fixed.stop();
    const all = (await rows(target)).map((r) => r.n);
    expect(all.length).toBe(before[0].n + 12);
    expect(new Set(all).size).toBe(all.length);
  });

  it('is woken by NOTIFY from another process long before its polling would', async () => {
    const target = await freshTable();
    const otherPool = new Pool({ connectionString: db.url, max: 2 });
    const otherProcess = await PostgresEventStore.create(otherPool);
    const c = consumer(recorder('woken', target), { pollIntervalMs: 60_000 });
    c.start();
    expect(await c.waitFor(await settledHeadPosition(store), 10_000)).toBe(true);
    const started = Date.now();
    const written = await otherProcess.appendToStream('counter-woken', [{ type: 'Counted', data: { n: 9999 } }]);
    expect(await c.waitFor(written.position, 5_000)).toBe(true);
    const elapsed = Date.now() - started;
    await c.stop();
    await otherProcess.close();
    await otherPool.end();
    expect(elapsed).toBeLessThan(5_000);
    expect((await rows(target)).map((r) => r.n)).toContain(9999);
  });

  it('runs on one process at a time; the standby takes over when the active one dies', async () => {
    const target = await freshTable();
    await append(5, 4000);
    // the active consumer is another process, killed for real
    const child = spawn(process.execPath, ['-r', REGISTER, CHILD, db.url, 'hold', target, 'exclusive'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, signal) => resolve(signal)));
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('caught up') && resolve()));
    const standby = consumer(recorder('exclusive', target), { lock: new AdvisoryLock(db.url, 'test:exclusive'), lockRetryMs: 50 });
    standby.start();
    await append(5, 4100);
    await waitFor(async () => (await rows(target)).length === (await eventCount()));
    expect(standby.status).toBe('standby');
    expect(new Set((await rows(target)).map((r) => r.consumer))).toEqual(new Set(['child']));

    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await append(5, 4200);
    expect(await standby.waitFor(await settledHeadPosition(store), 10_000)).toBe(true);
    expect(standby.status).toBe('running');
    await standby.stop();
    const all = await pool.query(`SELECT event_id, count(*)::int AS n FROM ${target} GROUP BY event_id`);
    expect(all.rows).toHaveLength(await eventCount());
    expect(all.rows.every((r) => r.n === 1)).toBe(true);
    expect((await rows(target)).some((r) => r.consumer === 'exclusive')).toBe(true);
  });

  it('re-delivers nothing twice after being killed between its handler writes and its checkpoint', async () => {
    await pool.query(`CREATE TABLE seen (event_id uuid NOT NULL, consumer text)`);
    for (let i = 0; i < 30; i++) await store.appendToStream(`crash-${i}`, [{ type: 'Counted', data: { n: i, kill: i === 17 } }]);
    const killed = spawnSync(process.execPath, ['-r', REGISTER, CHILD, db.url, 'kill', 'seen', 'crash-test'], { encoding: 'utf8', timeout: 60_000 });
    expect(killed.signal).toBe('SIGKILL');
    const { rows: afterKill } = await pool.query(`SELECT count(*)::int AS n FROM seen`);
    const restarted = spawnSync(process.execPath, ['-r', REGISTER, CHILD, db.url, 'run', 'seen', 'crash-test'], { encoding: 'utf8', timeout: 60_000 });
    expect(restarted.stdout).toContain('done stopped');
    const { rows: counts } = await pool.query(`SELECT event_id, count(*)::int AS n FROM seen GROUP BY event_id`);
    const { rows: events } = await pool.query(`SELECT count(*)::int AS n FROM es_events`);
    expect(afterKill[0].n).toBeLessThan(events[0].n);
    expect(counts).toHaveLength(events[0].n);
    expect(counts.every((c) => c.n === 1)).toBe(true);
  });

  it('with types, gets only those events from the store and checkpoints past the others', async () => {
    const seen: RecordedEvent[] = [];
    const c = consumer({ name: 'typed', types: ['Wanted'], handle: async (events) => void seen.push(...events) }, { batchSize: 3 });
    let last = { commit: 0n, prepare: 0n };
    for (let i = 0; i < 10; i++) {
      last = (await store.appendToStream(`typed-${i}`, [{ type: i % 4 === 0 ? 'Wanted' : 'Unwanted', data: { n: i } }])).position;
    }
    c.start();
    // the last event is of another type: the checkpoint still reaches it
    expect(await c.waitFor(last, 10_000)).toBe(true);
    await c.stop();
    expect(seen.map((e) => [e.type, (e.data as { n: number }).n])).toEqual([
      ['Wanted', 0],
      ['Wanted', 4],
      ['Wanted', 8],
    ]);
    const { rows } = await pool.query(`SELECT prepare_position::text AS p FROM es_checkpoints WHERE consumer = 'typed'`);
    expect(BigInt(rows[0].p)).toBeGreaterThanOrEqual(last.prepare);
  });
});

describe('passing over events of other types', () => {
  it('costs no transaction per batch: the position moves at once, the stored checkpoint once within checkpointIntervalMs', async () => {
    const pg = pgTransactions(pool);
    let transactions = 0;
    const counted = { transaction: <T>(work: (tx: PoolClient) => Promise<T>) => (transactions++, pg.transaction(work)) };
    const seen: RecordedEvent[] = [];
    const c = consumer(
      { name: 'passing', types: ['Wanted'], handle: async (events) => void seen.push(...events) },
      { transactions: counted, checkpointIntervalMs: 1500 },
    );
    const stored = async () => (await pg.checkpoints.read('passing'))?.prepare ?? 0n;
    const wanted = (await store.appendToStream('passing-0', [{ type: 'Wanted', data: { n: 0 } }])).position;
    c.start();
    expect(await c.waitFor(wanted, 10_000)).toBe(true);
    expect(await stored()).toBe(wanted.prepare);
    const before = transactions;
    let last = wanted;
    for (let i = 1; i <= 5; i++) {
      last = (await store.appendToStream(`passing-${i}`, [{ type: 'Unwanted', data: { n: i } }])).position;
      expect(await c.waitFor(last, 10_000)).toBe(true);
    }
    expect(c.checkpoint).toEqual(last);
    // not yet written (unless this machine took the whole interval for five appends)
    const early = await stored();
    expect(early === wanted.prepare || transactions - before === 1).toBe(true);
    for (const deadline = Date.now() + 10_000; (await stored()) < last.prepare && Date.now() < deadline;) await new Promise((r) => setImmediate(r));
    expect(await stored()).toBe(last.prepare);
    expect(transactions - before).toBe(1);
    await c.stop();
    expect(seen.filter((e) => e.streamName.startsWith('passing-')).map((e) => e.streamName)).toEqual(['passing-0']);
  });

  it('stores a position it passed over when stopped before the interval ran out', async () => {
    const pg = pgTransactions(pool);
    const c = consumer({ name: 'stopping', types: ['Wanted'], handle: async () => undefined }, { checkpointIntervalMs: 60_000 });
    c.start();
    const last = (await store.appendToStream('stopping-0', [{ type: 'Unwanted', data: { n: 0 } }])).position;
    expect(await c.waitFor(last, 10_000)).toBe(true);
    await c.stop();
    expect(await pg.checkpoints.read('stopping')).toEqual(last);
  });
});
