import { once } from 'node:events';
import { Controller, Get, Inject, Injectable, Next, Param, Res } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { siteUrl } from './atom';

/**
 * How a column is written: `string[]` is joined with `;` in CSV and an array in JSON; `json`
 * (nested objects) is a JSON text in CSV and the value itself in JSON, described by `items`.
 */
export type ExportColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time' | 'uri' | 'string[]' | 'json';

export interface ExportColumn {
  name: string;
  type: ExportColumnType;
  description: string;
  /** May be null (an empty cell in CSV). */
  nullable?: boolean;
  /** For `string` columns with a closed list of values. */
  values?: readonly string[];
  /** For `json` columns: the JSON Schema of the value (an array of objects, usually). */
  schema?: Record<string, unknown>;
}

export type ExportRecord = Record<string, unknown>;

/**
 * An open-data export a context serves under /export/: `<name>.csv`, `<name>.json` and
 * `<name>.schema.json`. `batches` yields the records in pages (keyset pagination in SQL), so
 * nothing holds the whole table: only what an anonymous reader may see, no personal data.
 */
export interface OpenDataExport {
  /** File name and the JSON document's array property: `calls`, `projects`. */
  name: string;
  title: string;
  description: string;
  columns: readonly ExportColumn[];
  batches(): AsyncIterable<readonly ExportRecord[]>;
}

export const EXPORT_LICENSE = 'CC BY 4.0';
/** Rows per SQL page of an export. */
export const EXPORT_BATCH = 500;

/** The registry of open-data exports; each context registers its own from its surface. */
@Injectable()
export class OpenDataExports {
  private readonly exports = new Map<string, OpenDataExport>();

  register(entry: OpenDataExport): void {
    if (!/^[a-z][a-z0-9-]*$/.test(entry.name)) throw new Error(`Export name ${entry.name} must be lower-case letters, digits and dashes`);
    if (this.exports.has(entry.name)) throw new Error(`Export ${entry.name} is registered twice`);
    this.exports.set(entry.name, entry);
  }

  get(name: string): OpenDataExport | null {
    return this.exports.get(name) ?? null;
  }

  all(): OpenDataExport[] {
    return [...this.exports.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Keyset pages of `query(after)` (rows ordered by `keyOf`), until a page is shorter than `size`. */
export async function* keysetBatches<T>(
  page: (after: string | null, size: number) => Promise<T[]>,
  keyOf: (row: T) => string,
  size = EXPORT_BATCH,
): AsyncIterable<T[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await page(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]);
  }
}

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): a leading = + - @ tab or CR gets a `'` so no spreadsheet runs it as a formula. */
export function csvCell(column: Pick<ExportColumn, 'type'>, value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (column.type === 'string[]' && Array.isArray(value)) text = value.map(String).join(';');
  else if (column.type === 'json' || typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(columns: readonly ExportColumn[], record: ExportRecord): string {
  return `${columns.map((c) => csvCell(c, record[c.name])).join(',')}\r\n`;
}

function columnSchema(column: ExportColumn): Record<string, unknown> {
  const base: Record<string, unknown> = (() => {
    switch (column.type) {
      case 'string':
        return column.values ? { type: 'string', enum: [...column.values] } : { type: 'string' };
      case 'integer':
      case 'number':
      case 'boolean':
        return { type: column.type };
      case 'date':
        return { type: 'string', format: 'date' };
      case 'date-time':
        return { type: 'string', format: 'date-time' };
      case 'uri':
        return { type: 'string', format: 'uri' };
      case 'string[]':
        return { type: 'array', items: { type: 'string' } };
      case 'json':
        return column.schema ?? {};
      default: {
        const unknownType: never = column.type;
        throw new Error(`Unknown column type ${String(unknownType)}`);
      }
    }
  })();
  const typed = column.nullable && typeof base.type === 'string' ? { ...base, type: [base.type, 'null'] } : base;
  if (column.nullable && base.enum) (typed as { enum: unknown[] }).enum = [...(base.enum as unknown[]), null];
  return { description: column.description, ...typed };
}

/** The JSON Schema (2020-12) of `<name>.json`: the license, when it was made, and the records. */
export function exportJsonSchema(entry: OpenDataExport, site: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${site}/export/${entry.name}.schema.json`,
    title: entry.title,
    description: `${entry.description} The CSV file (${entry.name}.csv) has the same columns, in this order: lists joined with ";", nested values as JSON.`,
    type: 'object',
    required: ['license', 'generatedAt', entry.name],
    additionalProperties: false,
    properties: {
      license: { const: EXPORT_LICENSE },
      generatedAt: { type: 'string', format: 'date-time' },
      schema: { type: 'string', format: 'uri' },
      [entry.name]: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: entry.columns.map((c) => c.name),
          properties: Object.fromEntries(entry.columns.map((c) => [c.name, columnSchema(c)])),
        },
      },
    },
  };
}

/** Writes, waiting for the client to drain when its buffer is full; false once the client has gone. */
async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  return !res.destroyed;
}

async function streamCsv(entry: OpenDataExport, res: Response): Promise<void> {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
  res.setHeader('Content-Disposition', `attachment; filename="${entry.name}.csv"`);
  // The BOM tells spreadsheets the file is UTF-8 (Excel reads it as the system's code page otherwise).
  if (!(await write(res, `\uFEFF${entry.columns.map((c) => c.name).join(',')}\r\n`))) return;
  for await (const batch of entry.batches()) {
    if (!(await write(res, batch.map((r) => csvLine(entry.columns, r)).join('')))) return;
  }
  res.end();
}

async function streamJson(entry: OpenDataExport, res: Response, site: string): Promise<void> {
  res.type('application/json; charset=utf-8');
  const head = { license: EXPORT_LICENSE, generatedAt: new Date().toISOString(), schema: `${site}/export/${entry.name}.schema.json` };
  if (!(await write(res, `${JSON.stringify(head).slice(0, -1)},${JSON.stringify(entry.name)}:[`))) return;
  let first = true;
  for await (const batch of entry.batches()) {
    const text = batch.map((r) => JSON.stringify(Object.fromEntries(entry.columns.map((c) => [c.name, r[c.name] ?? null])))).join(',');
    if (batch.length === 0) continue;
    if (!(await write(res, `${first ? '' : ','}${text}`))) return;
    first = false;
  }
  res.end(']}\n');
}

/**
 * /export/<name>.csv|.json|.schema.json and /export/index.json for every registered export.
 * A name nobody registered goes on to the next route (a context's own export controller).
 */
@Controller('export')
export class OpenDataExportsController {
  constructor(
    private readonly exports: OpenDataExports,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('index.json')
  index(): unknown {
    const site = siteUrl(this.config);
    return {
      license: EXPORT_LICENSE,
      exports: this.exports.all().map((e) => ({
        name: e.name,
        title: e.title,
        description: e.description,
        csv: `${site}/export/${e.name}.csv`,
        json: `${site}/export/${e.name}.json`,
        schema: `${site}/export/${e.name}.schema.json`,
        columns: e.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable ?? false, description: c.description })),
      })),
    };
  }

  @Get(':file')
  async serve(@Param('file') file: string, @Res() res: Response, @Next() next: NextFunction): Promise<void> {
    const match = /^([a-z][a-z0-9-]*)\.(csv|json|schema\.json)$/.exec(file);
    const entry = match ? this.exports.get(match[1]) : null;
    if (!match || !entry) return next();
    res.setHeader('Cache-Control', 'public, max-age=300');
    try {
      if (match[2] === 'schema.json') {
        res.type('application/schema+json; charset=utf-8').send(JSON.stringify(exportJsonSchema(entry, siteUrl(this.config)), null, 2));
      } else if (match[2] === 'csv') await streamCsv(entry, res);
      else await streamJson(entry, res, siteUrl(this.config));
    } catch (error) {
      // Headers are gone once the first byte is written: cut the response so the client sees a broken download, not a short file.
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
    }
  }
}
