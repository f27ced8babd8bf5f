import type { CheckpointStore, TransactionRunner } from '@pfp/event-store';
import { sqlCheckpoints } from '@pfp/event-store';
import type { DataSource, EntityManager } from 'typeorm';

/** Projections write through TypeORM; the checkpoint moves in the same transaction. */
export function typeormTransactions(dataSource: DataSource): TransactionRunner<EntityManager> & { checkpoints: CheckpointStore<EntityManager> } {
  return {
    transaction: (work) => dataSource.transaction((manager) => work(manager)),
    checkpoints: sqlCheckpoints<EntityManager>(
      (sql, params) => dataSource.query(sql, params),
      (manager) => async (sql, params) => (await manager.queryRunner!.query(sql, params, true)).records as Record<string, unknown>[],
    ),
  };
}
