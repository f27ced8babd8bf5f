import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * apps/web/src/gql is generated, not committed: `npm run codegen:web` runs after `npm install` and
 * before the site is type-checked, linted or built (npm pre-hooks). What this spec keeps is the check
 * that matters: every document of the site is valid against schema.graphql, the committed contract.
 * graphql-codegen's own API runs in a child process (it loads ES modules jest does not) and writes nothing.
 */
const GENERATE = `
  const { generate } = require('@graphql-codegen/cli');
  const config = require(process.argv[1]).default;
  generate({ ...config, documents: [...config.documents, ...JSON.parse(process.argv[2])], silent: true }, false).then(
    (files) => process.stdout.write(files.map((file) => file.content).join('\\n')),
    (error) => { process.stdout.write('FAILED ' + error.message); },
  );
`;

function generateTypes(extraDocuments: string[] = []): string {
  const args = ['-r', join(ROOT, 'tools', 'register.cjs'), '-e', GENERATE, join(ROOT, 'apps', 'web', 'codegen.ts'), JSON.stringify(extraDocuments)];
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
}

describe('the site’s GraphQL documents', () => {
  it('are valid against schema.graphql: codegen types every operation', () => {
    const types = generateTypes();
    expect(types).not.toMatch(/^FAILED/);
    expect(types).toMatch(/export type \w+Query = /);
    expect(types).toMatch(/export type \w+Mutation = /);
  }, 120_000);

  it('and a document asking for a field the schema lacks fails the generation', () => {
    expect(generateTypes(['query NoSuchField { practices { noSuchField } }'])).toMatch(/^FAILED[\s\S]*Cannot query field "noSuchField"/);
  }, 120_000);
});
