import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { csvRecords, parseCsv } from './csv';

export const EXPORT_NAMES = ['calls', 'organizations', 'practices', 'project-updates', 'projects'] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];

export interface Downloaded {
  csv: { text: string; header: string[]; records: Array<Record<string, string>>; headers: Headers };
  json: { body: Record<string, unknown>; records: Array<Record<string, unknown>>; headers: Headers };
  schema: Record<string, unknown>;
}

/** CSV (BOM checked and dropped), JSON validated against the schema the server gives, and that schema. */
export async function download(base: string, name: ExportName): Promise<Downloaded> {
  const [csvResponse, jsonResponse, schemaResponse] = await Promise.all(
    ['csv', 'json', 'schema.json'].map((ext) => fetch(new URL(`/export/${name}.${ext}`, base))),
  );
  for (const r of [csvResponse, jsonResponse, schemaResponse]) if (r.status !== 200) throw new Error(`${r.url}: ${r.status}`);
  const raw = await csvResponse.text();
  // fetch's text() drops a leading BOM (WHATWG decode): read the bytes to see it.
  const bytes = new Uint8Array(await (await fetch(new URL(`/export/${name}.csv`, base))).arrayBuffer());
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error(`${name}.csv does not start with a UTF-8 BOM`);
  const text = raw.replace(/^\uFEFF/, '');
  const body = (await jsonResponse.json()) as Record<string, unknown>;
  const schema = (await schemaResponse.json()) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (!validate(body)) throw new Error(`${name}.json does not match its schema: ${ajv.errorsText(validate.errors)}`);
  return {
    csv: { text, header: parseCsv(text)[0], records: csvRecords(text), headers: csvResponse.headers },
    json: { body, records: body[name] as Array<Record<string, unknown>>, headers: jsonResponse.headers },
    schema,
  };
}
