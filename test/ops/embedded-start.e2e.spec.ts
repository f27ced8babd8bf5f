import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@pfp/testing';

const root = join(__dirname, '..', '..');

interface Run {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process has gone and its output is drained. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The API from its sources, as `npm run start:dev` would run it, on an embedded PostgreSQL. */
function startApi(env: { DATA_DIR: string; EMBEDDED_PG_PORT: number; PORT: number }): Run {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: env.DATA_DIR,
    EMBEDDED_PG_PORT: String(env.EMBEDDED_PG_PORT),
    PORT: String(env.PORT),
    LOG_LEVEL: 'info',
    DEMO: 'false',
  };
  delete childEnv.DATABASE_URL;
  delete childEnv.NODE_ENV;
  delete childEnv.SESSION_SECRET;
  const child = spawn(process.execPath, ['-r', './tools/register.cjs', 'apps/api/src/main.ts'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

/** Waits until the API answers GraphQL, or fails with its output if it exits first. */
async function answering(run: Run, port: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`the API exited with ${run.child.exitCode}:\n${run.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer within 90 s:\n${run.output()}`);
}

/** A start that cannot succeed ends by itself, non-zero, and its output says why and what to do: never `undefined`. */
async function refused(run: Run): Promise<string> {
  const timer = setTimeout(() => run.child.kill('SIGKILL'), 60_000);
  const { code, signal } = await run.exited;
  clearTimeout(timer);
  expect({ signal, failed: code !== 0 && code !== null }).toEqual({ signal: null, failed: true });
  expect(run.output()).not.toMatch(/\bundefined\b/);
  return run.output();
}

describe('starting on an embedded PostgreSQL that cannot start', () => {
  let dataRoot: string;
  const running: Run[] = [];
  let holder: Server | undefined;

  beforeAll(() => {
    dataRoot = mkdtempSync(join(tmpdir(), 'pfp-embedded-start-'));
    chmodSync(dataRoot, 0o755); // as root the server runs as "postgres", which must reach its data directory
  });

  afterAll(async () => {
    holder?.close();
    for (const run of running) {
      if (run.child.exitCode === null && run.child.signalCode === null) {
        run.child.kill('SIGTERM');
        const timer = setTimeout(() => run.child.kill('SIGKILL'), 20_000);
        await run.exited;
        clearTimeout(timer);
      }
    }
    rmSync(dataRoot, { recursive: true, force: true });
  }, 60_000);

  it('names the port taken (EMBEDDED_PG_PORT) and what to do, and exits non-zero', async () => {
    const pgPort = await freePort();
    holder = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => holder!.listen(pgPort, '127.0.0.1', resolve));
    const run = startApi({ DATA_DIR: join(dataRoot, 'port-taken'), EMBEDDED_PG_PORT: pgPort, PORT: await freePort() });
    running.push(run);
    const output = await refused(run);
    expect(output).toContain(`port ${pgPort} on 127.0.0.1 (EMBEDDED_PG_PORT) is already taken`);
    expect(output).toMatch(/set EMBEDDED_PG_PORT to a free port/);
    expect(output).toMatch(/DATABASE_URL/);
    await new Promise<void>((resolve) => holder!.close(() => resolve()));
    holder = undefined;
  }, 120_000);

  it('names the data directory in use by a running instance and what to do, exits non-zero, and leaves that instance serving', async () => {
    const dataDir = join(dataRoot, 'shared');
    const first = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: await freePort(), PORT: await freePort() };
    const firstRun = startApi(first);
    running.push(firstRun);
    await answering(firstRun, first.PORT);

    // The same environment again (so the same port too), then the same DATA_DIR on a port of its own.
    for (const pgPort of [first.EMBEDDED_PG_PORT, await freePort()]) {
      const second = startApi({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: pgPort, PORT: await freePort() });
      running.push(second);
      const output = await refused(second);
      expect(output).toContain(`its data directory ${join(dataDir, 'pg')} is in use by another PostgreSQL server (PID `);
      expect(output).toMatch(/another instance of this app started with the same DATA_DIR\. Stop that instance, or give this one a DATA_DIR of its own/);
    }

    // The first instance never noticed.
    await answering(firstRun, first.PORT);
    firstRun.child.kill('SIGTERM');
    expect((await firstRun.exited).code).toBe(0);
  }, 180_000);
});
