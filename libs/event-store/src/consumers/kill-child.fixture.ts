// Child process for the consumer crash test: runs a consumer that records each event in
// `seen`, and kills itself (SIGKILL) after writing the row of the event marked `kill`,
// before the checkpoint commits. Run with tools/register.cjs.
import { Pool } from 'pg';
import { Consumer, pgTransactions, PostgresEventStore } from '../index';

async function main(): Promise<void> {
  const [url, killMode] = process.argv.slice(2);
  const pool = new Pool({ connectionString: url });
  const store = await PostgresEventStore.create(pool);
  const pg = pgTransactions(pool);
  const consumer = new Consumer({
    store,
    transactions: pg,
    checkpoints: pg.checkpoints,
    batchSize: 7,
    pollIntervalMs: 20,
    handler: {
      name: 'crash-test',
      async handle(events, tx) {
        for (const e of events) {
          await tx.query('INSERT INTO seen (event_id) VALUES ($1)', [e.id]);
          if (killMode === 'kill' && (e.data as { kill?: boolean }).kill) process.kill(process.pid, 'SIGKILL');
        }
      },
    },
  });
  consumer.start();
  const head = await store.headPosition();
  await consumer.waitFor(head, 20_000);
  await consumer.stop();
  await store.close();
  await pool.end();
  process.stdout.write(`done ${consumer.status}\n`);
}

void main();
