// Writes schema.graphql from the code-first resolvers: `npm run schema`. No database needed.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateSchema, printSchemaFile, SCHEMA_FILE } from '../apps/api/src/schema';

generateSchema()
  .then((schema) => {
    writeFileSync(SCHEMA_FILE, printSchemaFile(schema));
    console.log(`wrote ${relative(process.cwd(), SCHEMA_FILE)}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
