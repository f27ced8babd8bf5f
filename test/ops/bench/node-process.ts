import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort } from '@pfp/testing';

const ROOT = join(__dirname, '..', '..', '..');

/** A TypeScript entry point (the API, the projector) run by a benchmark, with the tail of its output. */
export interface NodeProcess {
  name: string;
  child: ChildProcess;
  port: number;
  log: string[];
}

/** Runs `script` (a path from the repository root) through tools/register.cjs, listening on `port`. */
export function spawnNode(name: string, script: string, env: Record<string, string>, port: number): NodeProcess {
  const child = spawn(process.execPath, ['-r', './tools/register.cjs', script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (d: Buffer) => {
    log.push(d.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { name, child, port, log };
}

/** Until `path` answers 200; fails with the process's last output when it exits or times out. */
export async function waitHttp(proc: NodeProcess, path: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.log.join('').slice(-3000)}`);
    const status = await fetch(`http://127.0.0.1:${proc.port}${path}`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${proc.name} ${path} not 200 after ${timeoutMs} ms:\n${proc.log.join('').slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** SIGTERM (the process drains and closes), SIGKILL if it has not exited after `graceMs`. */
export async function stopNode(proc: NodeProcess, graceMs = 20_000): Promise<void> {
  if (proc.child.exitCode !== null) return;
  const exited = new Promise((r) => proc.child.once('exit', r));
  proc.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
  if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
}

/**
 * The API (apps/api/src/main.ts) with the demo data on `databaseUrl`, on a free port, logging
 * warnings only, its rate limits lifted: one client address drives a benchmark's whole load, and
 * the per-address limits would measure the throttler. `env` adds or overrides variables.
 */
export async function spawnApi(options: { databaseUrl: string; dataDir: string; env?: Record<string, string> }): Promise<NodeProcess> {
  const env = {
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: options.dataDir,
    NODE_ENV: 'development',
    DEMO: 'true',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    RATE_LIMIT_REQUESTS: '100000000/60s',
    ...options.env,
  };
  return spawnNode('the API', 'apps/api/src/main.ts', env, await freePort());
}
