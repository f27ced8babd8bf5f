import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Client, Pool } from 'pg';
import { eventStoreContract } from '../testing/contract';
import { PostgresEventStore } from './postgres-event-store';

let db: TestDatabase;
let elsewhere: TestDatabase;
beforeAll(async () => {
  [db, elsewhere] = await Promise.all([createTestDatabase('es'), createTestDatabase('es_foreign')]);
});
afterAll(async () => {
  await Promise.all([db?.drop(), elsewhere?.drop()]);
});

/** A write transaction that is not the store's, left open: it holds a transaction id, as a bulk load does. */
async function openForeignWrite(url: string): Promise<{ end(): Promise<void> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS foreign_load (n int)');
  await client.query('BEGIN');
  await client.query('INSERT INTO foreign_load VALUES (1)');
  return {
    async end() {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

eventStoreContract('PostgreSQL', async ({ upcasters }) => {
  const pool = new Pool({ connectionString: db.url, max: 20 });
  await pool.query('DROP TABLE IF EXISTS es_events, es_streams, es_checkpoints');
  const store = await PostgresEventStore.create(pool, { upcasters });
  return {
    store,
    async holdAppend(streamName, events) {
      const client = await pool.connect();
      await client.query('BEGIN');
      await store.appendWith(client, streamName, events);
      return {
        async commit() {
          await client.query('COMMIT');
          client.release();
          store.announce();
        },
        async rollback() {
          await client.query('ROLLBACK'); // appends nothing: no wake-up, as in production
          client.release();
        },
      };
    },
    holdOtherTransaction: (where) => openForeignWrite(where === 'same database' ? db.url : elsewhere.url),
    async teardown() {
      await store.close();
      await pool.end();
    },
  };
});
