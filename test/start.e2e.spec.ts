import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '@pfp/testing';

// The "fresh machine" path of `npm start`: the built API, no DATABASE_URL, an empty data dir.
const root = join(__dirname, '..');
const main = join(root, 'dist', 'apps', 'api', 'src', 'main.js');
// libs/database's embedded cluster credentials (the server listens on 127.0.0.1 only).
const EMBEDDED_CREDENTIALS = 'postgres:pfp-embedded';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
  const sources = Math.max(newestSource(join(root, 'apps')), newestSource(join(root, 'libs')), statSync(join(root, 'tsconfig.base.json')).mtimeMs);
  if (existsSync(main) && statSync(main).mtimeMs >= sources) return;
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start on a fresh machine (built API, embedded PostgreSQL)', () => {
  let runDir: string;
  let port: number;
  let pgPort: number;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    buildIfStale();
    mkdirSync(join(root, 'data'), { recursive: true });
    runDir = mkdtempSync(join(root, 'data', 'start-e2e-'));
    chmodSync(runDir, 0o755);
    port = await freePort();
    pgPort = await freePort();
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) await stop();
    rmSync(runDir, { recursive: true, force: true });
  });

  function start(): ChildProcess {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(runDir, 'data'), PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'info' };
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    delete env.SESSION_SECRET;
    const started = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return started;
  }

  async function firstAnswer(process: ChildProcess): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 60_000) {
      if (process.exitCode !== null) throw new Error(`the API exited with ${process.exitCode}:\n${output}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
        return Date.now() - started;
      } catch (error) {
        if ((error as Error).message !== 'fetch failed') throw error; // connection refused: not up yet
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`no answer within 60 s:\n${output}`);
  }

  async function stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const running = child!;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve) => running.once('close', (code, signal) => resolve({ code, signal })), // 'close': after stdout is drained
    );
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 20_000);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  }

  async function query<T>(sql: string): Promise<T[]> {
    const client = new Client({ connectionString: `postgres://${EMBEDDED_CREDENTIALS}@127.0.0.1:${pgPort}/pfp` });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it('answers within 60 s, stops cleanly on SIGTERM and keeps its data across a restart', async () => {
    child = start();
    const boot = await firstAnswer(child);
    await query('CREATE TABLE start_e2e_marker (note text NOT NULL)');
    await query("INSERT INTO start_e2e_marker VALUES ('survives restarts')");

    const firstStop = await stop();
    expect(firstStop.signal ?? firstStop.code).toEqual(firstStop.signal ? 'SIGTERM' : 0);
    expect(await isListening(pgPort)).toBe(false);
    expect(await isListening(port)).toBe(false);
    expect(output).toContain('embedded PostgreSQL stopped');

    child = start();
    const restart = await firstAnswer(child);
    expect(await query<{ note: string }>('SELECT note FROM start_e2e_marker')).toEqual([{ note: 'survives restarts' }]);
    await stop();
    expect(await isListening(pgPort)).toBe(false);

    console.log(`fresh data dir: first answer after ${boot} ms; restart: first answer after ${restart} ms`);
  }, 150_000);
});
