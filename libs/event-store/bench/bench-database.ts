import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@pfp/database';
import { Client } from 'pg';

/** A throw-away database for one benchmark run: on DATABASE_URL's server, else an embedded one. */
export async function benchDatabase(): Promise<{ url: string; server: string; drop(): Promise<void> }> {
  let base = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!base) {
    dir = join(process.cwd(), 'data', `bench-pg-${randomBytes(3).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: 54000 + Math.floor(Math.random() * 900), database: 'bench' });
    base = pg.url;
    stopEmbedded = pg.stop;
  }
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const { rows } = await admin.query(`SELECT version() AS v, current_setting('synchronous_commit') AS sc`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    server: `${String(rows[0].v).split(' on ')[0]}, synchronous_commit=${rows[0].sc}${stopEmbedded ? ' (embedded)' : ''}`,
    async drop() {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      if (stopEmbedded) await stopEmbedded();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
