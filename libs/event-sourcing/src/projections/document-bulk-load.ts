import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import type { BulkLoader } from '../nest/projections';
import { copyRows, type CopyColumn } from './copy-rows';

/** Documents held in memory before the least recently touched half is written out. */
export const BULK_MAX_DOCUMENTS = 250_000;
/** Rows per COPY (one transaction each). */
const ROWS_PER_COPY = 10_000;
/**
 * A document untouched for this many of the read model's events is written while the log is
 * still being read (its COPY overlaps the reading of what follows). Should a later event come
 * for it after all, it is applied after the load (`late`), as when memory runs short.
 */
export const BULK_SETTLED_AFTER = 30_000;
/** Early writes stop once this share of the written documents got a late event: their streams live long, the log is not in stream runs. */
const MAX_LATE_SHARE = 0.01;

type Row<Doc> = { revision: number; doc: Doc | null };
type Held<Doc> = Row<Doc> & { touched: number };

/** What the bulk load needs of a document read model (documentProjection passes it). */
export interface BulkDocumentModel<Doc> {
  table: string;
  docColumn: string;
  columns: ReadonlyArray<{ name: string; type: string; value(doc: Doc): unknown }>;
  /** Whether it has columns computed in SQL; `insertFrom` writes them from rows aliased `r`. */
  computed: boolean;
  insertFrom(source: string): string;
  handled: ReadonlySet<string>;
  prefix: string;
  step(row: Row<Doc>, event: RecordedEvent): Row<Doc>;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A rebuild's load of a document read model: every stream's events folded in memory (the
 * handlers are pure), then each document written once by COPY. Without computed columns the
 * COPY goes straight into the new table; with them, into a temporary table, and one
 * INSERT ... SELECT computes them (tsvectors) as the rows go in. A document untouched for
 * `settledAfter` of the read model's events is written while the log is still read (a log
 * written a command at a time holds each stream's events close together), and when more than
 * `maxDocuments` are held the least recently touched half is; the events that still come for
 * those go to `late()` (applied by `handle` once the keys are indexed). Early writes of settled
 * documents stop once more than 1% of those written had a late event.
 */
export function documentBulkLoader<Doc>(model: BulkDocumentModel<Doc>, maxDocuments = BULK_MAX_DOCUMENTS, settledAfter = BULK_SETTLED_AFTER): BulkLoader {
  // insertion order is touch order: a touched document is moved to the end
  const docs = new Map<string, Held<Doc>>();
  const written = new Set<string>();
  const late: RecordedEvent[] = [];
  /** The read model's events folded so far: a document's `touched` is this count at its last event. */
  let seen = 0;
  /** Streams that had a late event (written early, then touched again). */
  const lateStreams = new Set<string>();
  const settling = () => lateStreams.size <= Math.max(10, written.size * MAX_LATE_SHARE);
  const recordColumns: CopyColumn[] = [
    { name: 'id', type: 'text' },
    { name: 'revision', type: 'int' },
    { name: model.docColumn, type: 'jsonb' },
    ...model.columns,
  ];
  const table = ident(model.table);

  const write = (rows: unknown[][]) => async (manager: EntityManager) => {
    if (!model.computed) {
      await copyRows(manager, table, recordColumns, rows);
      return rows.length;
    }
    const stage = `pg_temp.${ident(`bulk_${model.table}`)}`;
    await manager.query(`CREATE TEMP TABLE ${stage} (${recordColumns.map((c) => `${ident(c.name)} ${c.type}`).join(', ')}) ON COMMIT DROP`);
    await copyRows(manager, stage, recordColumns, rows);
    await manager.query(model.insertFrom(`${stage} AS r`));
    return rows.length;
  };

  return {
    add(events) {
      for (const e of events) {
        if (!e.streamName.startsWith(model.prefix) || !model.handled.has(e.type)) continue;
        seen++;
        if (written.has(e.streamName)) {
          late.push(e);
          lateStreams.add(e.streamName);
          continue;
        }
        const row = docs.get(e.streamName) ?? { revision: -1, doc: null, touched: 0 };
        const next = model.step(row, e);
        if (next === row) continue;
        docs.delete(e.streamName);
        docs.set(e.streamName, { revision: next.revision, doc: next.doc, touched: seen });
      }
    },
    drain(final) {
      // beyond maxDocuments, the least recently touched down to half of it; and while the log comes in stream runs, the settled ones
      let count = final ? docs.size : docs.size > maxDocuments ? docs.size - Math.floor(maxDocuments / 2) : 0;
      if (!final && settling()) {
        let settled = 0;
        for (const held of docs.values()) {
          if (held.touched > seen - settledAfter) break;
          settled++;
        }
        // in whole COPYs (of the window at most): a short one costs a transaction for few rows
        const whole = Math.min(ROWS_PER_COPY, settledAfter);
        if (settled >= whole) count = Math.max(count, settled - (settled % whole));
      }
      const jobs: Array<(manager: EntityManager) => Promise<number>> = [];
      let rows: unknown[][] = [];
      let taken = 0;
      for (const [id, { revision, doc }] of docs) {
        if (taken++ >= count) break;
        docs.delete(id);
        written.add(id);
        if (doc === null) continue;
        rows.push([id, revision, doc, ...model.columns.map((c) => c.value(doc))]);
        if (rows.length === ROWS_PER_COPY) {
          jobs.push(write(rows));
          rows = [];
        }
      }
      if (rows.length > 0) jobs.push(write(rows));
      return jobs;
    },
    late: () => late.splice(0),
  };
}
