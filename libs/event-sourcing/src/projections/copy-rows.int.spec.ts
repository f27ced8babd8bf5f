import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { copyRows, type CopyColumn } from './copy-rows';

const COLUMNS: CopyColumn[] = [
  { name: 'id', type: 'text' },
  { name: 'doc', type: 'jsonb' },
  { name: 'tags', type: 'text[]' },
  { name: 'flag', type: 'boolean' },
  { name: 'n', type: 'int' },
  { name: 'at', type: 'timestamptz' },
];
const columns = COLUMNS.map((c) => `${c.name} ${c.type}`).join(', ');

describe('copyRows: COPY text reads back as jsonb_to_recordset reads the same values from JSON', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('copy_rows');
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    await dataSource.query(`CREATE TABLE copied (${columns})`);
    await dataSource.query(`CREATE TABLE inserted (${columns})`);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('escapes backslashes, tabs, newlines and quotes in text, arrays and JSON, and writes nulls', async () => {
    const tricky = 'tab\there, line\nbreak, cr\r, back\\slash, "quoted", {braces}, comma, NULL, \\N, é 漢字';
    const rows = [
      {
        id: tricky,
        doc: { text: tricky, nested: [tricky, null, 1.5, true] },
        tags: [tricky, 'NULL', '', 'a,b'],
        flag: true,
        n: 7,
        at: '2011-12-01T10:00:00.123Z',
      },
      { id: 'nulls', doc: { empty: {} }, tags: [], flag: false, n: null, at: null },
      { id: '\\N', doc: '\\N', tags: ['\\N', null], flag: null, n: 0, at: null },
    ];
    await dataSource.transaction((manager) =>
      copyRows(
        manager,
        'copied',
        COLUMNS,
        rows.map((r) => COLUMNS.map((c) => r[c.name as keyof typeof r])),
      ),
    );
    await dataSource.query(`INSERT INTO inserted SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`, [JSON.stringify(rows)]);
    const read = (table: string) => dataSource.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY id`);
    const copied = await read('copied');
    expect(copied).toHaveLength(3);
    expect(copied).toEqual(await read('inserted'));
  });
});
