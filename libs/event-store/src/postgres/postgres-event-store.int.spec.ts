import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool } from 'pg';
import { eventStoreContract } from '../testing/contract';
import { PostgresEventStore } from './postgres-event-store';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('es');
});
afterAll(async () => {
  await db.drop();
});

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
      const finish = async (sql: string) => {
        await client.query(sql);
        client.release();
        store.announce();
      };
      return { commit: () => finish('COMMIT'), rollback: () => finish('ROLLBACK') };
    },
    async holdOtherTransaction() {
      const client = await pool.connect();
      await client.query('BEGIN');
      await client.query('SELECT pg_current_xact_id()'); // takes a transaction id, as any write does
      return {
        async end() {
          await client.query('COMMIT');
          client.release();
        },
      };
    },
    async teardown() {
      await store.close();
      await pool.end();
    },
  };
});
