import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Client } from 'pg';
import { searchTsQuerySql, splitExclusions } from './text-search';

describe('search text: exclusions in every configuration', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase('textsearch');
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  /** Whether a text indexed in `config` matches `search`, through the very SQL the search runs. */
  async function matches(config: string, text: string, search: string): Promise<boolean> {
    const values: unknown[] = [];
    const query = searchTsQuerySql(search, values);
    values.push(text);
    const { rows } = await client.query<{ m: boolean }>(`SELECT to_tsvector('${config}', $${values.length}::text) @@ ${query} AS m`, values);
    return rows[0].m;
  }

  it('splits out excluded words and phrases, not hyphens inside words', () => {
    expect(splitExclusions('children -safeguarding')).toEqual({ rest: 'children', excluded: ['safeguarding'] });
    expect(splitExclusions('-"child labour" well-being')).toEqual({ rest: 'well-being', excluded: ['"child labour"'] });
    expect(splitExclusions('-safeguarding')).toEqual({ rest: '', excluded: ['safeguarding'] });
  });

  it('excludes a word the English stemmer changes from an English text', async () => {
    const text = 'Safeguarding unaccompanied children at the border';
    expect(await matches('english', text, 'children')).toBe(true);
    expect(await matches('english', text, 'children -safeguarding')).toBe(false);
    expect(await matches('english', text, '-safeguarding')).toBe(false);
    expect(await matches('english', text, 'children -"unaccompanied children"')).toBe(false);
    expect(await matches('english', text, 'children -remittances')).toBe(true);
  });

  it('excludes it from texts of every other configuration', async () => {
    expect(await matches('french', 'La protection des enfants migrants', 'enfants -protection')).toBe(false);
    expect(await matches('spanish', 'Protección de niños migrantes', 'niños -protección')).toBe(false);
    expect(await matches('simple', 'safeguarding children', 'children -safeguarding')).toBe(false);
    expect(await matches('simple', 'protecting children', 'children -safeguarding')).toBe(true);
  });
});
