import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

/** A column as COPY writes it: its name and SQL type (`text[]`, `jsonb`, `timestamptz` ...). */
export interface CopyColumn {
  name: string;
  type: string;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const SPECIAL = /[\\\n\r\t]/;
const escape = (text: string) => (SPECIAL.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPED[c]) : text);
const element = (value: unknown) => (value === null || value === undefined ? 'NULL' : `"${String(value).replace(/[\\"]/g, '\\$&')}"`);

/** One field in COPY's text format, as jsonb_to_recordset would read the same value from JSON. */
export function copyField(value: unknown, type: string): string {
  if (value === null || value === undefined) return '\\N';
  if (type.endsWith('[]')) return escape(`{${(value as unknown[]).map(element).join(',')}}`);
  if (type === 'jsonb' || type === 'json') {
    // JSON text has no raw newline or tab: only its backslashes need doubling
    const json = JSON.stringify(value);
    return json.includes('\\') ? json.replace(/\\/g, '\\\\') : json;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return type === 'boolean' ? (value ? 't' : 'f') : String(value);
  if (typeof value === 'object') return escape(JSON.stringify(value));
  return escape(String(value));
}

/** The pg client under a TypeORM manager in a transaction (COPY needs the driver's own connection). */
async function clientOf(manager: EntityManager): Promise<PoolClient> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('COPY needs a manager bound to a query runner (inside a transaction)');
  return (await runner.connect()) as PoolClient;
}

/** `COPY <table> (<columns>) FROM STDIN` of `rows` (values in the columns' order); `table` as written (qualify it or rely on search_path). */
export async function copyRows(manager: EntityManager, table: string, columns: readonly CopyColumn[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const client = await clientOf(manager);
  const copy = client.query(copyFrom(`COPY ${table} (${columns.map((c) => ident(c.name)).join(', ')}) FROM STDIN`));
  // pipeline: back-pressure, and a failed COPY (or connection) rejects here rather than as an unhandled error
  await pipeline(Readable.from(lines(columns, rows)), copy);
}

/** The rows as COPY text, about a megabyte at a time. */
function* lines(columns: readonly CopyColumn[], rows: readonly unknown[][]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map((v, i) => copyField(v, columns[i].type)).join('\t')}\n`;
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
