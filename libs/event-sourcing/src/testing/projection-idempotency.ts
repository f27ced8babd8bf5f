import type { RecordedEvent } from '@pfp/event-store';
import type { DataSource } from 'typeorm';
import type { Projection } from '../nest/projections';

/**
 * Applies `events` through the projection, snapshots `tables`, applies each event again
 * (as a replay would), and returns both snapshots: they must be equal.
 */
export async function replayTwice(
  dataSource: DataSource,
  projection: Projection,
  events: RecordedEvent[],
  tables: string[],
): Promise<{ once: unknown; twice: unknown }> {
  await dataSource.transaction((m) => projection.handle(events, m));
  const once = await snapshot(dataSource, tables);
  for (const e of events) await dataSource.transaction((m) => projection.handle([e], m));
  await dataSource.transaction((m) => projection.handle(events, m));
  const twice = await snapshot(dataSource, tables);
  return { once, twice };
}

/** Every row of each table, in a stable order, as JSON-comparable values. */
export async function snapshot(dataSource: DataSource, tables: string[]): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    // change_seq says when a row was last written (what in-memory indexes follow), not what it holds: a rebuild writes every row again
    const rows: Record<string, unknown>[] = await dataSource.query(`SELECT to_jsonb(t) - 'change_seq' AS row FROM ${table} t`);
    result[table] = rows.map((r) => JSON.stringify(r.row)).sort();
  }
  return result;
}
