import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
// globalSetup runs outside Jest's module mapper: the lib's index by path, not by @pfp alias
import { startEmbeddedPostgres } from '../libs/database/src/index';

/** Uses DATABASE_URL when set; otherwise starts an embedded cluster on a free port for this run. */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const root = join(__dirname, '..', 'data');
  mkdirSync(root, { recursive: true });
  const runDir = mkdtempSync(join(root, 'test-pg-'));
  chmodSync(runDir, 0o755); // the server runs as the postgres user when we are root
  const dataDir = join(runDir, 'pg');
  const port = await freePort();
  const pg = await startEmbeddedPostgres({ dataDir, port, database: 'test' });
  process.env.DATABASE_URL = pg.url;
  (globalThis as Record<string, unknown>).__PFP_EMBEDDED__ = { stop: pg.stop, dir: join(dataDir, '..') };
  console.log(`\nembedded PostgreSQL for tests on port ${port}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
