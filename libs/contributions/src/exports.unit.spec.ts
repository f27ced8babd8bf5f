import { csvCell, exportJsonSchema, keysetBatches, type OpenDataExport } from './exports';

describe('open-data exports', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ["it's", "it's"],
    ['تدريب', 'تدريب'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell({ type: 'string' }, value)).toBe(cell);
  });

  it('joins lists with ";", writes nested values as JSON and null as nothing', () => {
    expect(csvCell({ type: 'string[]' }, ['MEX', 'PHL'])).toBe('MEX;PHL');
    expect(csvCell({ type: 'json' }, [{ a: 1 }])).toBe('"[{""a"":1}]"');
    expect(csvCell({ type: 'string' }, null)).toBe('');
    expect(csvCell({ type: 'integer' }, -3)).toBe("'-3");
  });

  it('pages by key until a short page, never asking again after it', async () => {
    const asked: Array<string | null> = [];
    const rows = Array.from({ length: 7 }, (_, i) => ({ id: `k${i}` }));
    const pages: string[][] = [];
    for await (const page of keysetBatches(
      async (after, size) => {
        asked.push(after);
        return rows.filter((r) => after === null || r.id > after).slice(0, size);
      },
      (r) => r.id,
      3,
    ))
      pages.push(page.map((r) => r.id));
    expect(pages).toEqual([['k0', 'k1', 'k2'], ['k3', 'k4', 'k5'], ['k6']]);
    expect(asked).toEqual([null, 'k2', 'k5']);
  });

  it('describes every column in the JSON Schema, nullable ones as null too', () => {
    const entry: OpenDataExport = {
      name: 'things',
      title: 'Things',
      description: 'Some things.',
      columns: [
        { name: 'id', type: 'string', description: 'Id.' },
        { name: 'status', type: 'string', values: ['A', 'B'], nullable: true, description: 'Status.' },
      ],
      batches: async function* () {},
    };
    const schema = exportJsonSchema(entry, 'https://site');
    expect(schema.$id).toBe('https://site/export/things.schema.json');
    const items = (schema.properties as Record<string, { items: { properties: Record<string, unknown>; required: string[] } }>).things.items;
    expect(items.required).toEqual(['id', 'status']);
    expect(items.properties.status).toEqual({ description: 'Status.', type: ['string', 'null'], enum: ['A', 'B', null] });
  });
});
