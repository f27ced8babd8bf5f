import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { PostgresEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';

const root = join(__dirname, '..', '..');

interface Projector {
  child: ChildProcess;
  port: number;
  output: () => string;
}

function startProjector(url: string): Promise<Projector> {
  const child = spawn(process.execPath, ['-r', './tools/register.cjs', 'test/ops/projector.fixture.ts', url], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`projector did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      output += d;
      const m = /listening (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), output: () => output });
      }
    });
    child.on('exit', (code) => reject(new Error(`projector exited with ${code}:\n${output}`)));
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('apps/projector: two real processes, one active per consumer, the standby takes over after kill -9', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: PostgresEventStore;
  const projectors: Projector[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('projector');
    pool = new Pool({ connectionString: db.url });
    store = await PostgresEventStore.create(pool);
    await pool.query(`CREATE TABLE ops_tally (event_id uuid NOT NULL, handled_by int NOT NULL)`);
  });
  afterAll(async () => {
    for (const p of projectors) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await store?.close();
    await pool?.end();
    await db?.drop();
  });

  it('loses nothing and doubles nothing when the active projector is killed under load', async () => {
    // the first boots alone (it runs the migrations), then the standby joins
    const first = await startProjector(db.url);
    projectors.push(first);
    await until('first projector ready', async () => (await fetch(`http://127.0.0.1:${first.port}/health/ready`)).status === 200);
    const second = await startProjector(db.url);
    projectors.push(second);

    let written = 0;
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await store.appendToStream(`ops-${i % 7}`, [
          { type: 'Ticked', data: { i } },
          { type: 'Ticked', data: { i, second: true } },
        ]);
        written += 2;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();

    const active = await until('an active projector', async () => {
      const { rows } = await pool.query(`SELECT handled_by FROM ops_tally LIMIT 1`);
      return rows[0]?.handled_by as number | undefined;
    });
    const victim = projectors.find((p) => p.child.pid === active)!;
    const standby = projectors.find((p) => p.child.pid !== active)!;
    expect(victim).toBeDefined();
    await until('some load', async () => written > 200);
    victim.child.kill('SIGKILL');
    await until('the standby to take over', async () => {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ops_tally WHERE handled_by = $1`, [standby.child.pid]);
      return rows[0].n > 0;
    });
    await until('more load after the takeover', async () => written > 600);
    writing = false;
    await writer;

    const expected = await until('the standby to catch up', async () => {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ops_tally`);
      return rows[0].n >= written ? rows[0].n : false;
    });
    await new Promise((r) => setTimeout(r, 500)); // anything doubled would land now
    const { rows } = await pool.query(
      `SELECT count(*)::int AS total, count(DISTINCT event_id)::int AS distinct_events,
              (SELECT count(*)::int FROM es_events) AS logged,
              count(*) FILTER (WHERE handled_by = $1)::int AS by_victim, count(*) FILTER (WHERE handled_by = $2)::int AS by_standby
       FROM ops_tally`,
      [victim.child.pid, standby.child.pid],
    );
    expect(expected).toBe(written);
    expect(rows[0]).toMatchObject({ total: written, distinct_events: written, logged: written });
    expect(rows[0].by_victim).toBeGreaterThan(0);
    expect(rows[0].by_standby).toBeGreaterThan(0);
    // the survivor is ready and reports no lag
    const metrics = await (await fetch(`http://127.0.0.1:${standby.port}/metrics`)).text();
    expect(metrics).toContain('consumer_lag_events{consumer="ops-tally"} 0');
    standby.child.kill('SIGTERM');
    await until('the standby to stop on SIGTERM', async () => standby.child.exitCode !== null, 20_000);
    expect(standby.child.exitCode).toBe(0);
  }, 120_000);
});
