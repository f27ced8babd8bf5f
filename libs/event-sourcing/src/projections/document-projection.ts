import type { EventMetadata, GlobalPosition, RecordedEvent } from '@pfp/event-store';
import type { DomainEvent } from '@pfp/kernel';
import type { EntityManager } from 'typeorm';
import type { Projection, ProjectionContext } from '../nest/projections';
import { documentBulkLoader } from './document-bulk-load';

/** An event as a read model sees it: the domain event with where and when it was recorded. */
export type ProjectedEvent<E extends DomainEvent> = E & {
  streamName: string;
  revision: number;
  position: GlobalPosition;
  metadata: EventMetadata;
  recordedAt: Date;
};

type EvolveOne<Doc, E extends DomainEvent> = (doc: Doc | null, event: ProjectedEvent<E>) => Doc | null;

/**
 * One entry per event type of the aggregate: how it changes the document, or `null` for
 * "this read model does not care". A type missing here does not compile, so a new event
 * cannot be silently dropped.
 */
export type DocumentHandlers<Doc, E extends DomainEvent> = { [T in E['type']]: EvolveOne<Doc, Extract<E, { type: T }>> | null };

/** A column kept beside the document, for filters, sorting and indexes. `type` is its SQL type. */
export interface DocumentColumn<Doc> {
  name: string;
  type: string;
  value(doc: Doc): unknown;
}

export interface DocumentReadModel<Doc, E extends DomainEvent> {
  /** Named after the question it answers: `practice-details`. */
  name: string;
  /** Unqualified (a rebuild writes the same name in its own schema). Columns: id, revision, the document, `columns`, `computed`. */
  table: string;
  /** Stream category (`practice` for `practice-<uuid>`). */
  category: string;
  handlers: DocumentHandlers<Doc, E>;
  /** The document's column (jsonb); `doc` when not given. */
  documentColumn?: string;
  columns?: DocumentColumn<Doc>[];
  /**
   * Columns computed in SQL from the written row, named `r.<column>` (e.g. tsvectors), in
   * order: one may use an earlier one's value as `c_<name>.<name>` (computed once per row).
   */
  computed?: Record<string, string>;
  /** Other tables it writes (none by default); listed for rebuilds. */
  extraTables?: string[];
}

export interface DocumentProjection<Doc, E extends DomainEvent> extends Projection {
  readonly readModel: DocumentReadModel<Doc, E>;
  /** The event types it handles (for the log's type filter). */
  readonly types: string[];
  /** The documents after folding `events` into `current`: the pure part, exposed for specs. */
  fold(current: Map<string, { revision: number; doc: Doc | null }>, events: readonly RecordedEvent[]): Map<string, { revision: number; doc: Doc }>;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A single-stream document read model, applied as sets: the documents a batch touches are
 * read in one statement (skipped where a rebuild starts a stream from revision 0 in an empty
 * table), the batch's events folded in memory, and every changed document written once with
 * one multi-row upsert guarded by the stream revision, so a replay never goes back in time.
 * The consumer checkpoints in the same transaction. (After emmett's Pongo projections.)
 */
export function documentProjection<Doc, E extends DomainEvent>(readModel: DocumentReadModel<Doc, E>): DocumentProjection<Doc, E> {
  const prefix = `${readModel.category}-`;
  const handlers = readModel.handlers as Record<string, EvolveOne<Doc, E> | null>;
  const types = Object.keys(handlers).filter((t) => handlers[t] !== null);
  const handled = new Set(types);
  const docColumn = readModel.documentColumn ?? 'doc';
  const columns = readModel.columns ?? [];
  const computed = Object.entries(readModel.computed ?? {});
  const table = ident(readModel.table);

  const recordColumns = [`id text`, `revision int`, `${ident(docColumn)} jsonb`, ...columns.map((c) => `${ident(c.name)} ${c.type}`)].join(', ');
  const targetColumns = ['id', 'revision', docColumn, ...columns.map((c) => c.name), ...computed.map(([name]) => name)].map(ident);
  const computedAs = (name: string) => ident(`c_${name}`);
  const selected = [
    'r.id',
    'r.revision',
    `r.${ident(docColumn)}`,
    ...columns.map((c) => `r.${ident(c.name)}`),
    ...computed.map(([name]) => `${computedAs(name)}.${ident(name)}`),
  ];
  // each computed column in a lateral of its own (OFFSET 0: not inlined into the later ones, so computed once)
  const laterals = computed.map(([name, sql]) => ` CROSS JOIN LATERAL (SELECT ${sql} AS ${ident(name)} OFFSET 0) AS ${computedAs(name)}`).join('');
  /** `INSERT ... SELECT` of the rows of `source` (aliased `r`, with the record's columns) and the computed columns. */
  const insertFrom = (source: string) => `INSERT INTO ${table} (${targetColumns.join(', ')}) SELECT ${selected.join(', ')} FROM ${source}${laterals}`;
  const updates = targetColumns.filter((c) => c !== '"id"').map((c) => `${c} = EXCLUDED.${c}`);
  const insert = insertFrom(`jsonb_to_recordset($1::jsonb) AS r(${recordColumns})`);
  const upsert = `${insert} ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')} WHERE ${table}.revision < EXCLUDED.revision`;

  /** The row after one event (unchanged: `row` itself), or an error when a handler would remove a document. */
  function step(row: { revision: number; doc: Doc | null }, e: RecordedEvent): { revision: number; doc: Doc | null } {
    if (e.revision <= row.revision) return row; // already in the document: a replay
    const handler = handlers[e.type];
    if (!handler) return row;
    const next = handler(row.doc, {
      type: e.type,
      data: e.data,
      streamName: e.streamName,
      revision: e.revision,
      position: e.position,
      metadata: e.metadata,
      recordedAt: e.recordedAt,
    } as ProjectedEvent<E>);
    if (next === null) {
      if (row.doc !== null) throw new Error(`${readModel.name}: ${e.type} on ${e.streamName} would remove its document; mark it instead`);
      return row;
    }
    return { revision: e.revision, doc: next };
  }

  function fold(current: Map<string, { revision: number; doc: Doc | null }>, events: readonly RecordedEvent[]) {
    const changed = new Map<string, { revision: number; doc: Doc }>();
    for (const e of events) {
      if (!e.streamName.startsWith(prefix)) continue;
      const row = changed.get(e.streamName) ?? current.get(e.streamName) ?? { revision: -1, doc: null };
      const next = step(row, e);
      if (next !== row) changed.set(e.streamName, next as { revision: number; doc: Doc });
    }
    return changed;
  }

  const recordOf = (id: string, revision: number, doc: Doc): Record<string, unknown> => {
    const record: Record<string, unknown> = { id, revision, [docColumn]: doc };
    for (const c of columns) record[c.name] = c.value(doc);
    return record;
  };

  async function handle(events: RecordedEvent[], manager: EntityManager, context?: ProjectionContext): Promise<void> {
    const relevant = events.filter((e) => e.streamName.startsWith(prefix) && handled.has(e.type));
    if (relevant.length === 0) return;
    const firstRevision = new Map<string, number>();
    for (const e of relevant) if (!firstRevision.has(e.streamName)) firstRevision.set(e.streamName, e.revision);
    // a rebuild writes into new, empty tables: a stream that starts in this batch has no row yet
    const toRead = [...firstRevision].filter(([, revision]) => !(context?.rebuilding && revision === 0)).map(([id]) => id);
    const current = new Map<string, { revision: number; doc: Doc | null }>();
    if (toRead.length > 0) {
      const rows: Array<{ id: string; revision: number; doc: Doc }> = await manager.query(
        `SELECT id, revision, ${ident(docColumn)} AS doc FROM ${table} WHERE id = ANY($1)`,
        [toRead],
      );
      for (const r of rows) current.set(r.id, { revision: r.revision, doc: r.doc });
    }
    const changed = fold(current, relevant);
    if (changed.size === 0) return;
    const records = [...changed].map(([id, { revision, doc }]) => recordOf(id, revision, doc));
    const fresh = context?.rebuilding && records.every((r) => !current.has(r.id as string));
    await manager.query(fresh ? insert : upsert, [JSON.stringify(records)]);
  }

  const tables = [readModel.table, ...(readModel.extraTables ?? [])];
  const bulk = { table: readModel.table, docColumn, columns, computed: computed.length > 0, insertFrom, handled, prefix, step };
  // a read model that writes other tables too fills them in `handle` only: it rebuilds in batches
  const bulkLoader = readModel.extraTables?.length
    ? undefined
    : (options?: { maxDocuments?: number; settledAfter?: number }) => documentBulkLoader(bulk, options?.maxDocuments, options?.settledAfter);
  return { name: readModel.name, tables, readModel, types, fold, handle, ...(bulkLoader ? { bulkLoader } : {}) };
}
