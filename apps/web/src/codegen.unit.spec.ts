import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * src/gql is generated from the root schema.graphql and committed, so build:web needs no
 * schema. This fails when a document or the schema changed without `npm run codegen:web`.
 */
describe('generated GraphQL types', () => {
  it('match schema.graphql and the documents (graphql-codegen --check)', () => {
    const cli = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js');
    let output = '';
    try {
      execFileSync(process.execPath, [cli, '--config', join(ROOT, 'apps', 'web', 'codegen.ts'), '--check'], {
        cwd: ROOT,
        stdio: 'pipe',
        env: { ...process.env, CI: 'true' },
      });
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    }
    expect(output).toBe('');
  }, 120_000);
});
