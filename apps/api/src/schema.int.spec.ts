import { readFileSync } from 'node:fs';
import { generateSchema, printSchemaFile, SCHEMA_FILE } from './schema';

describe('schema.graphql', () => {
  it('is the SDL the resolvers generate', async () => {
    const generated = printSchemaFile(await generateSchema());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (generated !== committed) {
      const generatedLines = generated.split('\n');
      const committedLines = committed.split('\n');
      const line = generatedLines.findIndex((text, index) => text !== committedLines[index]);
      throw new Error(
        `schema.graphql is stale: run npm run schema (and commit the result).\n` +
          `First difference at line ${line + 1}:\n  committed: ${committedLines[line] ?? '(end of file)'}\n  generated: ${generatedLines[line] ?? '(end of file)'}`,
      );
    }
  });
});
