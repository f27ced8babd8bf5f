// A consumer in a child process, for the crash and takeover tests. It records each event in
// `table` and, by mode: `kill` kills itself (SIGKILL) after writing the row of the event
// marked `kill`, before the checkpoint commits; `run` stops once caught up; `hold` runs with
// an advisory lock until it is killed. Run with tools/register.cjs.
import { Pool } from 'pg';
import { AdvisoryLock, Consumer, pgTransactions, PostgresEventStore, settledHeadPosition } from '../index';

async function main(): Promise<void> {
  const [url, mode, table, name] = process.argv.slice(2);
  const pool = new Pool({ connectionString: url });
  const store = await PostgresEventStore.create(pool);
  const pg = pgTransactions(pool);
  const consumer = new Consumer({
    store,
    transactions: pg,
    checkpoints: pg.checkpoints,
    batchSize: 7,
    pollIntervalMs: 20,
    lockRetryMs: 50,
    lock: mode === 'hold' ? new AdvisoryLock(url, `test:${name}`) : undefined,
    handler: {
      name,
      async handle(events, tx) {
        for (const e of events) {
          await tx.query(`INSERT INTO ${table} (event_id, consumer) VALUES ($1, 'child')`, [e.id]);
          if (mode === 'kill' && (e.data as { kill?: boolean }).kill) process.kill(process.pid, 'SIGKILL');
        }
      },
    },
  });
  consumer.start();
  const head = await settledHeadPosition(store);
  await consumer.waitFor(head, 20_000);
  process.stdout.write(`caught up ${consumer.status}\n`);
  if (mode === 'hold') return; // keeps running until killed
  await consumer.stop();
  await store.close();
  await pool.end();
  process.stdout.write(`done ${consumer.status}\n`);
}

void main();
