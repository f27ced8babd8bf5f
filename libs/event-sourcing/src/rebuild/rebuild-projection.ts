import type { EventStore, GlobalPosition } from '@pfp/event-store';
import { START, formatPosition } from '@pfp/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { Projection } from '../nest/projections';

export interface RebuildOptions {
  dataSource: DataSource;
  store: EventStore;
  projection: Projection;
  batchSize?: number;
  /** Events in the log, for the progress bar (null: unknown, e.g. on KurrentDB). */
  total?: number | null;
  onProgress?: (done: number, total: number | null) => void;
  /** Keep the replaced tables in schema `retired_<name>` instead of dropping them. */
  keepOld?: boolean;
  log?: (message: string) => void;
}

export interface RebuildResult {
  events: number;
  position: GlobalPosition;
  /** Events applied inside the switch transaction (those that arrived during the rebuild). */
  appliedAtSwitch: number;
  retiredSchema: string | null;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A schema name from the projection name: lower-case letters, digits and underscores. */
export function rebuildSchemaName(prefix: 'rebuild' | 'retired', projection: string): string {
  return `${prefix}_${projection.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63);
}

/**
 * Rebuilds a projection from position 0 without downtime. Its tables (`projection.tables`,
 * in `public`) keep serving while fresh copies (CREATE TABLE ... LIKE ... INCLUDING ALL) in
 * schema `rebuild_<name>` are filled by the projection's own handler, redirected there by
 * `SET LOCAL search_path`. Then one transaction locks the checkpoint row (so the running
 * consumer's batch finishes first and the next waits) and the live tables, applies the events
 * that arrived meanwhile, swaps the tables between schemas and moves the checkpoint. The live
 * consumer's next batch finds the checkpoint moved, rolls back, and resumes from the new
 * checkpoint on the new tables (Projections checks it at the start of every batch).
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const { dataSource, store, projection } = options;
  const tables = projection.tables ?? [];
  if (tables.length === 0) throw new Error(`Projection ${projection.name} declares no tables: it cannot be rebuilt beside the live one`);
  const batchSize = options.batchSize ?? 500;
  const log = options.log ?? (() => undefined);
  const building = rebuildSchemaName('rebuild', projection.name);
  const retired = rebuildSchemaName('retired', projection.name);

  await dataSource.query(`DROP SCHEMA IF EXISTS ${ident(building)} CASCADE`);
  await dataSource.query(`CREATE SCHEMA ${ident(building)}`);
  for (const table of tables) {
    await dataSource.query(`CREATE TABLE ${ident(building)}.${ident(table)} (LIKE public.${ident(table)} INCLUDING ALL)`);
  }
  log(`building ${tables.join(', ')} in schema ${building}`);

  const apply = async (manager: EntityManager, after: GlobalPosition): Promise<{ position: GlobalPosition; count: number }> => {
    const events = await store.readAll({ after, maxCount: batchSize });
    if (events.length === 0) return { position: after, count: 0 };
    await manager.query(`SET LOCAL search_path TO ${ident(building)}, public`);
    await projection.handle(events, manager);
    await manager.query(`SET LOCAL search_path TO public`);
    return { position: events[events.length - 1].position, count: events.length };
  };

  let position: GlobalPosition = START;
  let done = 0;
  const total = options.total ?? null;
  options.onProgress?.(0, total);
  // catch up outside any lock: the live tables serve reads and the live consumer keeps going
  for (;;) {
    const step = await dataSource.transaction((manager) => apply(manager, position));
    if (step.count === 0) break;
    position = step.position;
    done += step.count;
    options.onProgress?.(done, total === null ? null : Math.max(total, done));
  }
  log(`caught up at ${formatPosition(position)} after ${done} events; switching`);

  let appliedAtSwitch = 0;
  await dataSource.query(`DROP SCHEMA IF EXISTS ${ident(retired)} CASCADE`);
  await dataSource.transaction(async (manager) => {
    // the checkpoint row first, then the tables: a live batch (Projections) takes them in the same order
    await manager.query(`SELECT consumer FROM es_checkpoints WHERE consumer = $1 FOR UPDATE`, [projection.name]);
    await manager.query(`LOCK TABLE ${tables.map((t) => `public.${ident(t)}`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    for (;;) {
      const step = await apply(manager, position);
      if (step.count === 0) break;
      position = step.position;
      appliedAtSwitch += step.count;
    }
    await manager.query(`CREATE SCHEMA ${ident(retired)}`);
    for (const table of tables) {
      await manager.query(`ALTER TABLE public.${ident(table)} SET SCHEMA ${ident(retired)}`);
      await manager.query(`ALTER TABLE ${ident(building)}.${ident(table)} SET SCHEMA public`);
    }
    await manager.query(
      `INSERT INTO es_checkpoints (consumer, commit_position, prepare_position) VALUES ($1, $2, $3)
       ON CONFLICT (consumer) DO UPDATE SET commit_position = EXCLUDED.commit_position, prepare_position = EXCLUDED.prepare_position, updated_at = now()`,
      [projection.name, position.commit.toString(), position.prepare.toString()],
    );
    await manager.query(`DROP SCHEMA ${ident(building)}`);
  });
  done += appliedAtSwitch;
  options.onProgress?.(done, total === null ? null : Math.max(total, done));
  log(`switched at ${formatPosition(position)} (${appliedAtSwitch} events applied during the switch)`);

  let retiredSchema: string | null = retired;
  if (!options.keepOld) {
    try {
      // RESTRICT: a sequence or view of the new tables still using an old object keeps the schema
      await dataSource.query(`DROP TABLE ${tables.map((t) => `${ident(retired)}.${ident(t)}`).join(', ')}`);
      await dataSource.query(`DROP SCHEMA ${ident(retired)}`);
      retiredSchema = null;
    } catch (error) {
      log(`kept schema ${retired}: ${(error as Error).message}`);
    }
  }
  return { events: done, position, appliedAtSwitch, retiredSchema };
}
