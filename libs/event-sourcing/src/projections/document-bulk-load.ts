import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import type { BulkLoader } from '../nest/projections';
import { copyRows, type CopyColumn } from './copy-rows';

/** Documents held in memory before the least recently touched half is written out. */
export const BULK_MAX_DOCUMENTS = 250_000;
/** Rows per COPY (one transaction each). */
const ROWS_PER_COPY = 10_000;

type Row<Doc> = { revision: number; doc: Doc | null };

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
 * INSERT ... SELECT computes them (tsvectors) as the rows go in. When more than `maxDocuments`
 * are held, the least recently touched half is written early; the events that still come for
 * those go to `late()` (applied by `handle` once the keys are indexed).
 */
export function documentBulkLoader<Doc>(model: BulkDocumentModel<Doc>, maxDocuments = BULK_MAX_DOCUMENTS): BulkLoader {
  // insertion order is touch order: a touched document is moved to the end
  const docs = new Map<string, Row<Doc>>();
  const written = new Set<string>();
  const late: RecordedEvent[] = [];
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
        if (written.has(e.streamName)) {
          late.push(e);
          continue;
        }
        const row = docs.get(e.streamName) ?? { revision: -1, doc: null };
        const next = model.step(row, e);
        if (next === row) continue;
        docs.delete(e.streamName);
        docs.set(e.streamName, next);
      }
    },
    drain(final) {
      const count = final ? docs.size : docs.size > maxDocuments ? docs.size - Math.floor(maxDocuments / 2) : 0;
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
