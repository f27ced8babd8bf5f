import type { Pool, PoolClient } from 'pg';
import type { CheckpointStore, TransactionRunner } from './checkpoints';
import { sqlCheckpoints } from './checkpoints';

/** Transactions and checkpoints over a plain `pg` pool; handlers receive the transaction's client. */
export function pgTransactions(pool: Pool): TransactionRunner<PoolClient> & { checkpoints: CheckpointStore<PoolClient> } {
  return {
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    checkpoints: sqlCheckpoints<PoolClient>(
      async (sql, params) => (await pool.query(sql, params)).rows,
      (client) => async (sql, params) => (await client.query(sql, params)).rows,
    ),
  };
}
