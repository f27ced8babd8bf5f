import type { EventStore, GlobalPosition, RecordedEvent } from '@pfp/event-store';
import { START, comparePositions, formatPosition } from '@pfp/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { BulkLoader, Projection } from '../nest/projections';
import { BackgroundJobs } from './background-jobs';
import { buildIndexes, createBareTables } from './rebuild-tables';

export type RebuildPhase = 'preparing' | 'loading' | 'indexing' | 'switching' | 'done';

/** Where a rebuild stands. */
export interface RebuildProgress {
  phase: RebuildPhase;
  /** Events read from the log so far. */
  events: number;
  /** Events in the log (null: unknown, e.g. on KurrentDB). */
  total: number | null;
  /** Rows in the new tables (inserted minus deleted). */
  rows: number;
  /** The last event applied. */
  position: GlobalPosition;
  /** What the phase is doing, e.g. the index being built. */
  detail?: string;
}

export interface RebuildOptions {
  dataSource: DataSource;
  store: EventStore;
  projection: Projection;
  /** Events per batch (one transaction each); the default suits set-based projections. */
  batchSize?: number;
  /** Events in the log, for the progress bar (null: unknown, e.g. on KurrentDB). */
  total?: number | null;
  onProgress?: (progress: RebuildProgress) => void;
  /** Keep the replaced tables in schema `retired_<name>` instead of dropping them. */
  keepOld?: boolean;
  /**
   * Transactions applying one batch at once, each with the streams of its own hash partition
   * (default 2 for a single-stream document projection, whose documents never span streams;
   * 1, in log order, for any other projection).
   */
  partitions?: number;
  /** A bulk load's documents held in memory at most (the least recently touched half is written early beyond it). */
  maxDocuments?: number;
  /** A bulk load writes a document untouched for this many of the projection's events while it still reads the log (default: the loader's). */
  settledAfter?: number;
  /** Secondary indexes built at once after the load (default 2). */
  indexParallelism?: number;
  log?: (message: string) => void;
}

export interface RebuildResult {
  events: number;
  rows: number;
  position: GlobalPosition;
  /** Events applied inside the switch transaction (those that arrived during the rebuild). */
  appliedAtSwitch: number;
  retiredSchema: string | null;
  /** Milliseconds per phase. */
  timings: { load: number; indexes: number; switch: number };
}

export const DEFAULT_REBUILD_BATCH = 10_000;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The events split by a hash of their stream (each part in log order); empty parts left out. */
function partition(events: RecordedEvent[], parts: number): RecordedEvent[][] {
  if (parts === 1) return [events];
  const out: RecordedEvent[][] = Array.from({ length: parts }, () => []);
  for (const e of events) {
    let h = 0;
    for (let i = 0; i < e.streamName.length; i++) h = (h * 31 + e.streamName.charCodeAt(i)) | 0;
    out[Math.abs(h) % parts].push(e);
  }
  return out.filter((p) => p.length > 0);
}

/** A schema name from the projection name: lower-case letters, digits and underscores. */
export function rebuildSchemaName(prefix: 'rebuild' | 'retired', projection: string): string {
  return `${prefix}_${projection.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 63);
}

/**
 * Rebuilds a projection from position 0 without downtime. Its tables (`projection.tables`,
 * in `public`) keep serving while fresh copies in schema `rebuild_<name>` are filled by the
 * projection's own handler, redirected there by `SET LOCAL search_path`, in large batches with
 * context `{ rebuilding: true }` (the tables are new and empty: a set-based projection skips
 * the reads of streams that start in the batch). The copies have only the constraints an
 * upsert needs while they load; their other indexes (the live definitions) are built after
 * the load, then the tables are ANALYZEd. Then one transaction locks the checkpoint row (so
 * the running consumer's batch finishes first and the next waits) and the live tables,
 * applies the events that arrived meanwhile, swaps the tables between schemas and moves the
 * checkpoint. The live consumer's next batch finds the checkpoint moved, rolls back, and
 * resumes from the new checkpoint on the new tables (Projections checks it at every batch).
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const { dataSource, store, projection } = options;
  const tables = projection.tables ?? [];
  if (tables.length === 0) throw new Error(`Projection ${projection.name} declares no tables: it cannot be rebuilt beside the live one`);
  const batchSize = options.batchSize ?? DEFAULT_REBUILD_BATCH;
  const log = options.log ?? (() => undefined);
  const building = rebuildSchemaName('rebuild', projection.name);
  const retired = rebuildSchemaName('retired', projection.name);
  const total = options.total ?? null;
  let position: GlobalPosition = START;
  let done = 0;
  let rows = 0;
  const report = (phase: RebuildPhase, detail?: string) =>
    options.onProgress?.({ phase, events: done, total: total === null ? null : Math.max(total, done), rows, position, ...(detail ? { detail } : {}) });

  report('preparing', `creating ${tables.join(', ')} in schema ${building}`);
  await dataSource.query(`DROP SCHEMA IF EXISTS ${ident(building)} CASCADE`);
  await dataSource.query(`CREATE SCHEMA ${ident(building)}`);
  const bulk = projection.bulkLoader?.({ maxDocuments: options.maxDocuments, settledAfter: options.settledAfter }) ?? null;
  const indexes = await createBareTables(dataSource, tables, building, { deferKeys: bulk !== null });
  log(
    `building ${tables.join(', ')} in schema ${building}; ${indexes.length} index(es) after the load${bulk ? ' (a bulk load: folded in memory, written by COPY)' : ''}`,
  );

  const context = { rebuilding: true };
  // rows: this batch's inserts minus deletes in the new tables. pg_stat_xact_user_tables may
  // still hold counts of earlier transactions of this connection (not yet flushed): take the difference.
  const written = async (manager: EntityManager): Promise<{ rows: number; updates: number }> => {
    const [r] = await manager.query(
      `SELECT coalesce(sum(n_tup_ins - n_tup_del), 0)::bigint AS rows, coalesce(sum(n_tup_upd), 0)::bigint AS updates FROM pg_stat_xact_user_tables WHERE schemaname = $1`,
      [building],
    );
    return { rows: Number(r.rows), updates: Number(r.updates) };
  };
  let updates = 0;
  const apply = async (manager: EntityManager, events: RecordedEvent[]): Promise<void> => {
    const before = await written(manager);
    await manager.query(`SET LOCAL search_path TO ${ident(building)}, public`);
    await projection.handle(events, manager, context);
    await manager.query(`SET LOCAL search_path TO public`);
    const after = await written(manager);
    rows += after.rows - before.rows;
    updates += after.updates - before.updates;
    done += events.length;
  };
  // Nothing here is visible before the switch (which commits synchronously), so these commits need not wait for the WAL flush.
  const unsynced = <T>(work: (manager: EntityManager) => Promise<T>) =>
    dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL synchronous_commit TO off`);
      await manager.query(`SET LOCAL search_path TO ${ident(building)}, public`);
      return work(manager);
    });

  // Pages of the log after a position, only the projection's event types where the store can
  // filter; `end` is how far the page examined the log. The next page is read while this one is applied.
  const read = (after: GlobalPosition) => {
    const next: Promise<{ events: RecordedEvent[]; end: GlobalPosition }> =
      store.readAllPage && projection.types
        ? store.readAllPage({ after, maxCount: batchSize, types: projection.types })
        : store.readAll({ after, maxCount: batchSize }).then((events) => ({ events, end: events.length ? events[events.length - 1].position : after }));
    next.catch(() => undefined);
    return next;
  };
  const pages = async function* (): AsyncGenerator<RecordedEvent[]> {
    let pending = read(position);
    for (;;) {
      const { events, end } = await pending;
      if (events.length === 0) {
        if (comparePositions(end, position) > 0) position = end;
        return;
      }
      pending = read(end);
      yield events;
      position = end;
    }
  };
  const partitions = Math.max(1, options.partitions ?? ('readModel' in projection ? 2 : 1));
  // catch up outside any lock: the live tables serve reads and the live consumer keeps going.
  const catchUp = async (phase: RebuildPhase) => {
    for await (const events of pages()) {
      // a stream's events all go to one partition, in order: each partition folds its own documents
      await Promise.all(partition(events, partitions).map((part) => unsynced((manager) => apply(manager, part))));
      report(phase, phase === 'indexing' ? 'applying the events written while indexing' : undefined);
    }
  };
  // the bulk load: the log folded in memory, written by COPY in `partitions` transactions at
  // once, in the background: the next pages are read and folded while earlier documents go out
  const bulkLoad = async (loader: BulkLoader) => {
    const writer = new BackgroundJobs<(manager: EntityManager) => Promise<number>, number>(partitions, (job) => unsynced(job));
    let jobs = 0;
    let finished = 0;
    const enqueue = (batch: Array<(manager: EntityManager) => Promise<number>>) => {
      jobs += batch.length;
      for (const job of batch)
        writer.push(job, (count) => {
          rows += count;
          report('loading', `writing the documents by COPY: ${++finished} of ${jobs} batch(es)`);
        });
    };
    try {
      for await (const events of pages()) {
        loader.add(events);
        done += events.length;
        enqueue(loader.drain(false));
        report('loading');
        // back-pressure: no more than two rounds of writes waiting behind the reading
        await writer.whenBelow(partitions * 2);
      }
      enqueue(loader.drain(true));
    } catch (error) {
      writer.stop();
      await writer.finish().catch(() => undefined);
      throw error;
    }
    // on a failure the other transactions finish (or fail) before it is thrown: nothing keeps writing behind it
    await writer.finish();
  };

  const timings = { load: 0, indexes: 0, switch: 0 };
  let started = Date.now();
  report('loading');
  if (bulk) await bulkLoad(bulk);
  else await catchUp('loading');
  timings.load = Date.now() - started;
  log(`loaded ${rows} rows from ${done} events up to ${formatPosition(position)} in ${(timings.load / 1000).toFixed(1)} s`);

  started = Date.now();
  // events of documents the bulk load wrote before they came (it ran short of memory): applied once the keys are built
  const late = bulk?.late() ?? [];
  let pending = indexes;
  if (late.length > 0) {
    report('indexing', `keys, for ${late.length} event(s) of documents written early`);
    await buildIndexes(
      dataSource,
      indexes.filter((i) => i.then),
      [],
      building,
      { parallel: options.indexParallelism },
    );
    pending = indexes.filter((i) => !i.then);
    for (let i = 0; i < late.length; i += batchSize) {
      const events = late.slice(i, i + batchSize);
      await unsynced((manager) => apply(manager, events));
      done -= events.length; // counted when read
      report('indexing', `applied ${Math.min(late.length, i + batchSize)} of ${late.length} event(s) of documents written early`);
    }
  }
  if (updates > rows * 0.05) {
    // a document written in several batches left dead versions: compact while only the keys are indexed
    report('indexing', `compacting (${updates} rows written more than once)`);
    for (const table of tables) await dataSource.query(`VACUUM FULL ${ident(building)}.${ident(table)}`);
  }
  report('indexing', pending.length ? `${pending.length} index(es)` : 'analyze');
  await buildIndexes(dataSource, pending, tables, building, {
    parallel: options.indexParallelism,
    onIndex: (index, built) => report('indexing', `${index.name} (${built + 1}/${pending.length})`),
  });
  // what was written while the indexes were built, still outside the lock of the switch
  await catchUp('indexing');
  timings.indexes = Date.now() - started;
  log(`built ${indexes.length} index(es) and analyzed in ${(timings.indexes / 1000).toFixed(1)} s; switching`);

  started = Date.now();
  let appliedAtSwitch = 0;
  report('switching', 'waiting for the live consumer and readers of the live tables');
  await dataSource.query(`DROP SCHEMA IF EXISTS ${ident(retired)} CASCADE`);
  await dataSource.transaction(async (manager) => {
    // the checkpoint row first, then the tables: a live batch (Projections) takes them in the same order
    await manager.query(`SELECT consumer FROM es_checkpoints WHERE consumer = $1 FOR UPDATE`, [projection.name]);
    await manager.query(`LOCK TABLE ${tables.map((t) => `public.${ident(t)}`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    report('switching', 'applying the events written during the rebuild');
    for (;;) {
      const events = await store.readAll({ after: position, maxCount: batchSize });
      if (events.length === 0) break;
      await apply(manager, events);
      position = events[events.length - 1].position;
      appliedAtSwitch += events.length;
      report('switching', `applied ${appliedAtSwitch} event(s) written during the rebuild`);
    }
    if (projection.carryOver) {
      report('switching', 'carrying over what the live tables hold beyond the events');
      await projection.carryOver(manager, { live: 'public', rebuilt: building });
    }
    report('switching', 'swapping the tables and moving the checkpoint');
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
  log(`switched at ${formatPosition(position)} (${appliedAtSwitch} events applied during the switch)`);

  let retiredSchema: string | null = retired;
  if (!options.keepOld) {
    report('switching', `dropping the old tables`);
    try {
      // RESTRICT: a sequence or view of the new tables still using an old object keeps the schema
      await dataSource.query(`DROP TABLE ${tables.map((t) => `${ident(retired)}.${ident(t)}`).join(', ')}`);
      await dataSource.query(`DROP SCHEMA ${ident(retired)}`);
      retiredSchema = null;
    } catch (error) {
      log(`kept schema ${retired}: ${(error as Error).message}`);
    }
  }
  timings.switch = Date.now() - started;
  report('done');
  return { events: done, rows, position, appliedAtSwitch, retiredSchema, timings };
}
