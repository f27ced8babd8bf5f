// bench:search through GraphQL over real HTTP, with every party in a process of its own: the APIs (search-server.ts, as
// many as production would run on the machine's cores) and the clients (search-client.ts). What the APIs' processes
// spend is then theirs alone.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { MixKind } from './search-data';

const ROOT = join(__dirname, '..', '..', '..');
/** The APIs' V8 flags, as production starts the API (docker/Dockerfile, npm start); BENCH_API_NODE_FLAGS="" for V8's defaults. */
const API_NODE_FLAGS = (process.env.BENCH_API_NODE_FLAGS ?? '--max-semi-space-size=64').split(' ').filter(Boolean);

export interface SearchFlags {
  index: boolean;
  answerCache: boolean;
  resultCache: boolean;
}

export interface SearchApis {
  urls: string[];
  /** Every API takes these settings of its search path. */
  set(flags: SearchFlags): Promise<void>;
  /** The APIs' CPU (ms, summed) since the last call. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/** What begins each line of search-server.ts's protocol on its stdout, where the app's own logs go too. */
export const PROTOCOL_MARK = 'bench-search ';

/** A child on the line protocol: one line out per line in, answered in order. */
function lineChild(child: ChildProcess): { first: Promise<string>; ask(line: string): Promise<string> } {
  const waiting: Array<(line: string) => void> = [];
  let resolveFirst!: (line: string) => void;
  const first = new Promise<string>((r) => (resolveFirst = r));
  let started = false;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.startsWith(PROTOCOL_MARK)) return; // the app's own output
    const answer = line.slice(PROTOCOL_MARK.length);
    if (!started) {
      started = true;
      resolveFirst(answer);
    } else waiting.shift()?.(answer);
  });
  return {
    first,
    ask: (line) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin!.write(`${line}\n`);
      }),
  };
}

/** `count` APIs on `databaseUrl`, each with its search index built from it before it answers. */
export async function startSearchApis(count: number, databaseUrl: string): Promise<SearchApis> {
  const children = Array.from({ length: count }, () => {
    // BENCH_API_CPU_PROF=DIR: each API writes a CPU profile there when it stops
    const profile = process.env.BENCH_API_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`] : [];
    const child = spawn(process.execPath, [...API_NODE_FLAGS, ...profile, '-r', './tools/register.cjs', 'test/ops/bench/search-server.ts'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', BENCH_DATABASE_URL: databaseUrl },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`search-server exited with ${code}`))));
    return { child, exited, lines: lineChild(child) };
  });
  const urls = await Promise.all(children.map(async (c) => (JSON.parse(await Promise.race([c.lines.first, c.exited])) as { url: string }).url));
  return {
    urls,
    async set(flags) {
      await Promise.all(children.map((c) => c.lines.ask(`set ${JSON.stringify(flags)}`)));
    },
    async cpuMs() {
      const used = await Promise.all(children.map(async (c) => (JSON.parse(await c.lines.ask('cpu')) as { cpuMs: number }).cpuMs));
      return used.reduce((a, b) => a + b, 0);
    },
    async stop() {
      await Promise.all(
        children.map(async (c) => {
          if (c.child.exitCode !== null) return;
          c.exited.catch(() => undefined);
          const gone = new Promise((r) => c.child.once('exit', r));
          c.child.kill('SIGTERM');
          await Promise.race([gone, new Promise((r) => setTimeout(r, 20_000))]);
          if (c.child.exitCode === null) c.child.kill('SIGKILL');
        }),
      );
    },
  };
}

/** What search-client.ts is given (as JSON in its argv). */
export interface ClientConfig {
  /** The APIs; client i sends to urls[i % length], as a balancer spreading connections would. */
  urls: string[];
  query: string;
  clients: number;
  seconds: number;
  warmupSeconds: number;
  mix: 'random' | 'popular';
  practices: number;
  /** The one search files GCM objectives and SDG targets apart from themes (its filter refuses them among themes). */
  unified?: boolean;
}

/**
 * search-client.ts in a child process: its samples, its own CPU, and `onMeasure`'s answer, asked when its warm-up ends
 * and again at its end (the APIs' CPU over the measured seconds).
 */
export function remoteClients(
  config: ClientConfig,
  apis: SearchApis,
): Promise<{ samples: Array<{ kind: MixKind; ms: number }>; apiCpuMs: number; clientCpuMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './tools/register.cjs', 'test/ops/bench/search-client.ts', JSON.stringify(config)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let measuring: Promise<number> | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!measuring && out.startsWith('measuring\n')) measuring = apis.cpuMs();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 || !measuring) return reject(new Error(`search-client exited with ${code}`));
      void measuring
        .then(() => apis.cpuMs())
        .then((apiCpuMs) => {
          const { samples, cpuMs } = JSON.parse(out.slice('measuring\n'.length)) as { samples: Array<[MixKind, number]>; cpuMs: number };
          resolve({ samples: samples.map(([kind, ms]) => ({ kind, ms })), apiCpuMs, clientCpuMs: cpuMs });
        }, reject);
    });
  });
}
