import type { GlobalPosition } from '../types';

/** Runs work in one transaction of the read model's database. */
export interface TransactionRunner<Tx> {
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/** Where a consumer remembers how far it got; written in the same transaction as its handler's writes. */
export interface CheckpointStore<Tx> {
  read(consumer: string): Promise<GlobalPosition | null>;
  /**
   * Moves the checkpoint from `expected` to `next` inside `tx`; false when it was not at
   * `expected` (another process moved it), so the caller rolls back.
   */
  write(tx: Tx, consumer: string, expected: GlobalPosition | null, next: GlobalPosition): Promise<boolean>;
}

/** The SQL side of the checkpoint table, for any client whose `query` returns `{ rows }` or rows. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export function sqlCheckpoints<Tx>(read: SqlQuery, inTx: (tx: Tx) => SqlQuery): CheckpointStore<Tx> {
  return {
    async read(consumer) {
      const rows = await read(`SELECT commit_position::text AS c, prepare_position::text AS p FROM es_checkpoints WHERE consumer = $1`, [consumer]);
      return rows.length === 0 ? null : { commit: BigInt(rows[0].c as string), prepare: BigInt(rows[0].p as string) };
    },
    async write(tx, consumer, expected, next) {
      const query = inTx(tx);
      const params = [consumer, next.commit.toString(), next.prepare.toString()];
      if (expected === null) {
        const rows = await query(
          `INSERT INTO es_checkpoints (consumer, commit_position, prepare_position) VALUES ($1, $2, $3)
           ON CONFLICT (consumer) DO NOTHING RETURNING consumer`,
          params,
        );
        return rows.length === 1;
      }
      const rows = await query(
        `UPDATE es_checkpoints SET commit_position = $2, prepare_position = $3, updated_at = now()
         WHERE consumer = $1 AND commit_position = $4 AND prepare_position = $5 RETURNING consumer`,
        [...params, expected.commit.toString(), expected.prepare.toString()],
      );
      return rows.length === 1;
    },
  };
}
