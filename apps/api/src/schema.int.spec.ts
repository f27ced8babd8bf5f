import { readFileSync } from 'node:fs';
import { generateSchema, printSchemaFile, SCHEMA_FILE } from './schema';

describe('schema.graphql', () => {
  it('is the SDL the resolvers generate', async () => {
    const generated = printSchemaFile(await generateSchema());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (generated !== committed) {
      throw new Error('schema.graphql is stale: run npm run schema (and commit the result)');
    }
  });
});
