import type { DataSource } from 'typeorm';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** An index of a live table, and how to build the same one on the rebuild's copy. */
export interface SecondaryIndex {
  table: string;
  name: string;
  /** The live definition, re-targeted to the rebuild schema. */
  sql: string;
  /** Run once it is built: makes it the primary key or unique constraint it was (`... USING INDEX`). */
  then?: string;
}

/**
 * Creates empty copies of the live `tables` in schema `building`: columns, defaults, checks,
 * identity and storage (CREATE TABLE ... LIKE ... INCLUDING ALL EXCLUDING INDEXES), then the
 * constraints and unique indexes an upsert needs (primary key, unique, exclusion: under the
 * live names). The other indexes are returned, to be built once the rows are in: one sorted
 * build is much cheaper than maintaining a GIN or B-tree row by row. With `deferKeys` (a bulk
 * load, which needs no upsert), primary keys and unique constraints are returned too, first,
 * as unique indexes that become the constraints once built.
 */
export async function createBareTables(
  dataSource: DataSource,
  tables: readonly string[],
  building: string,
  options: { deferKeys?: boolean } = {},
): Promise<SecondaryIndex[]> {
  const rows: Array<{
    table: string;
    index: string;
    qualified: string;
    def: string;
    unique: boolean;
    constraint: string | null;
    kind: string | null;
    condef: string | null;
  }> = await dataSource.query(
    `SELECT c.relname AS table, i.relname AS index, format('%I.%I', n.nspname, c.relname) AS qualified, pg_get_indexdef(x.indexrelid) AS def,
            x.indisunique AS unique, con.conname AS constraint, con.contype::text AS kind, pg_get_constraintdef(con.oid) AS condef
       FROM pg_index x
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class i ON i.oid = x.indexrelid
       LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid AND con.conrelid = c.oid AND con.contype IN ('p', 'u', 'x')
      WHERE n.nspname = 'public' AND c.relname = ANY($1)
      ORDER BY c.relname, (con.contype = 'p') DESC NULLS LAST, i.relname`,
    [[...tables]],
  );
  for (const table of tables) {
    await dataSource.query(`CREATE TABLE ${ident(building)}.${ident(table)} (LIKE public.${ident(table)} INCLUDING ALL EXCLUDING INDEXES)`);
  }
  const keys: SecondaryIndex[] = [];
  const later: SecondaryIndex[] = [];
  for (const row of rows) {
    const target = `${ident(building)}.${ident(row.table)}`;
    const on = ` ON ${row.qualified} `;
    const sql = row.def.replace(on, ` ON ${target} `);
    if (options.deferKeys && row.constraint && (row.kind === 'p' || row.kind === 'u') && row.def.includes(on)) {
      const index = sql.replace(/^CREATE UNIQUE INDEX \S+ ON /, `CREATE UNIQUE INDEX ${ident(row.constraint)} ON `);
      const then = `ALTER TABLE ${target} ADD CONSTRAINT ${ident(row.constraint)} ${row.kind === 'p' ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${ident(row.constraint)}`;
      keys.push({ table: row.table, name: row.constraint, sql: index, then });
      continue;
    }
    if (row.constraint && row.condef) {
      await dataSource.query(`ALTER TABLE ${target} ADD CONSTRAINT ${ident(row.constraint)} ${row.condef}`);
      continue;
    }
    if (!row.def.includes(on)) throw new Error(`Cannot re-target index ${row.index}: ${row.def}`);
    if (row.unique) await dataSource.query(sql);
    else later.push({ table: row.table, name: row.index, sql });
  }
  return [...keys, ...later];
}

/**
 * Builds `indexes` (at most `parallel` at once, each on its own connection with a larger
 * maintenance_work_mem), then ANALYZEs the tables so the planner knows them from the switch on.
 */
export async function buildIndexes(
  dataSource: DataSource,
  indexes: readonly SecondaryIndex[],
  tables: readonly string[],
  building: string,
  options: { parallel?: number; maintenanceWorkMem?: string; onIndex?: (index: SecondaryIndex, done: number) => void } = {},
): Promise<void> {
  const queue = [...indexes];
  let done = 0;
  const worker = async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.query(`SET maintenance_work_mem = '${options.maintenanceWorkMem ?? '256MB'}'`);
      for (let index = queue.shift(); index; index = queue.shift()) {
        options.onIndex?.(index, done);
        await runner.query(index.sql);
        if (index.then) await runner.query(index.then);
        done++;
      }
    } finally {
      await runner.release();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.parallel ?? 2, indexes.length)) }, worker));
  for (const table of tables) await dataSource.query(`ANALYZE ${ident(building)}.${ident(table)}`);
}
