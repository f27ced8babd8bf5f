// npm run bench:ryw [-- --seconds=10 --writers=1,20 --layout=single|split --cpu-prof=DIR --as=production|development]: a mutation's latency through GraphQL (postProjectUpdate,
// each writer on a project of its own) at 1 and 20 concurrent writers, p50/p95, and the share
// of it spent waiting for the read models that serve its answer (read-your-writes), timed in
// the API by AppendTimings. Two layouts: the API running its projections itself, and APIs
// with RUN_CONSUMERS=false beside a projector process (production's layout). The measured
// APIs run as production starts them (NODE_ENV=production, --max-semi-space-size=64 as npm start
// and the Dockerfile); the demo data the writers sign in with is seeded by a development API
// before (BENCH_API_NODE_FLAGS replaces the V8 flag). --as=development measures them as they ran
// before (NODE_ENV=development, V8's defaults).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { freePort } from '@pfp/testing';
import { spawnNode, stopNode, waitHttp } from './node-process';
import { scratchDatabase } from './scratch-database';
import { gql } from './gql';

const root = join(__dirname, '..', '..', '..');
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 10);
const WRITERS = (process.argv.find((a) => a.startsWith('--writers='))?.split('=')[1] ?? '1,20').split(',').map(Number);
// --layout=single (the API runs its projections) or --layout=split (APIs beside a projector); both by default
const LAYOUT = process.argv.find((a) => a.startsWith('--layout='))?.split('=')[1] ?? 'both';
const TARGET_P95_MS = 30;
const AS = process.argv.find((a) => a.startsWith('--as='))?.split('=')[1] ?? 'production';
if (AS !== 'production' && AS !== 'development') throw new Error(`--as=production or --as=development, not ${AS}`);
/** How a measured API is started: production's NODE_ENV and V8 flag, or development's. */
const MEASURED =
  AS === 'production'
    ? { env: { NODE_ENV: 'production' }, flags: (process.env.BENCH_API_NODE_FLAGS ?? '--max-semi-space-size=64').split(' ').filter(Boolean) }
    : { env: {}, flags: [] };

interface Server {
  child: ChildProcess;
  url: string;
  lines: Interface;
}

async function startServer(env: Record<string, string>, nodeFlags: string[] = []): Promise<Server> {
  // --cpu-prof=DIR: each API writes a CPU profile there when it stops (open it in Chrome's DevTools)
  const profile = process.argv.find((a) => a.startsWith('--cpu-prof='))?.split('=')[1];
  const flags = [...nodeFlags, ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])];
  const child = spawn(process.execPath, [...flags, '-r', './tools/register.cjs', 'test/ops/bench/read-your-writes-server.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  // the API's own log (warnings and errors) goes to our stderr
  lines.on('line', (line) => {
    if (!line.startsWith('{"url"') && !line.startsWith('{"waits"')) process.stderr.write(`api: ${line}\n`);
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API exited (${code})`)));
    lines.on('line', (line) => {
      if (line.startsWith('{"url"')) resolve(JSON.parse(line).url);
    });
  });
  return { child, url, lines };
}

interface Stats {
  waits: number[];
  appends: number[];
  /** Each POST's time inside the API. */
  requests: number[];
  /** CPU time the API used (user + system), ms. */
  cpuMs: number;
}

/** The API's timed waits for read models, appends and requests since the last call (ms). */
async function waitsOf(server: Server): Promise<Stats> {
  const answer = new Promise<Stats>((resolve) => {
    const onLine = (line: string) => {
      if (!line.startsWith('{"waits"')) return;
      server.lines.off('line', onLine);
      resolve(JSON.parse(line));
    };
    server.lines.on('line', onLine);
  });
  server.child.stdin!.write('stats\n');
  return answer;
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

interface Row {
  layout: string;
  writers: number;
  mutations: number;
  p50: number;
  p95: number;
  waitP50: number;
  waitP95: number;
  share: number;
  appendP50: number;
  appendP95: number;
  appendShare: number;
  serverP50: number;
  serverP95: number;
  serverShare: number;
  cpuPerMutation: number;
}

/** `writers` loops of postProjectUpdate, each on its own project, for `seconds`; latencies in ms. */
async function load(url: string, token: string, projects: string[], writers: number, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    projects.slice(0, writers).map(async (projectId, w) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const started = performance.now();
        await gql(
          url,
          `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
          {
            input: { projectId, text: `writer ${w}, update ${i}` },
          },
          token,
        );
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

async function measure(layout: string, server: Server): Promise<Row[]> {
  const token = (
    await gql<{ signIn: { token: string } }>(server.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: 'mx@demo.pfp.example', password: 'partnerships-2011' },
    })
  ).signIn.token;
  const projects: string[] = [];
  for (let i = 0; i < Math.max(...WRITERS); i++) {
    const { launchPartnershipProject } = await gql<{ launchPartnershipProject: { partnershipProject: { id: string } } }>(
      server.url,
      `mutation($input: LaunchPartnershipProjectInput!) { launchPartnershipProject(input: $input) { partnershipProject { id } } }`,
      { input: { title: `Read-your-writes benchmark ${layout} ${i}` } },
      token,
    );
    projects.push(launchPartnershipProject.partnershipProject.id);
  }
  const rows: Row[] = [];
  for (const writers of WRITERS) {
    await load(server.url, token, projects, writers, 2); // warm-up: connections, plans, JIT
    await waitsOf(server);
    const latencies = await load(server.url, token, projects, writers, SECONDS);
    const { waits, appends, requests, cpuMs } = await waitsOf(server);
    rows.push({
      layout,
      writers,
      mutations: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      waitP50: percentile(waits, 50),
      waitP95: percentile(waits, 95),
      share: sum(waits) / sum(latencies),
      appendP50: percentile(appends, 50),
      appendP95: percentile(appends, 95),
      appendShare: sum(appends) / sum(latencies),
      serverP50: percentile(requests, 50),
      serverP95: percentile(requests, 95),
      serverShare: sum(requests) / sum(latencies),
      cpuPerMutation: cpuMs / latencies.length,
    });
    console.log(`  measured ${layout}, ${writers} writer(s): ${latencies.length} mutations, ${waits.length} waits timed`);
  }
  return rows;
}

async function main(): Promise<void> {
  const db = await scratchDatabase('bench_ryw');
  const common = {
    DATABASE_URL: db.url,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'pfp-ryw-')),
    // one client address drives the whole load: the per-address limits would measure the throttler
    RATE_LIMIT_REQUESTS: '100000000/60s',
    RATE_LIMIT_WRITES: '100000000/60s',
  };
  console.log(
    `bench:ryw on ${db.where}, ${SECONDS} s per measurement, the APIs as in ${AS}; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  const rows: Row[] = [];
  try {
    // the first API seeds the demo data (the accounts the writers sign in with); production seeds none
    const seeder = await startServer({ ...common, DEMO: 'true', RUN_CONSUMERS: 'true' });
    if (AS === 'production') await stopServer(seeder);
    if (LAYOUT !== 'split') {
      const single = AS === 'production' ? await startServer({ ...common, ...MEASURED.env, DEMO: 'false', RUN_CONSUMERS: 'true' }, MEASURED.flags) : seeder;
      try {
        rows.push(...(await measure('API runs its projections', single)));
      } finally {
        await stopServer(single);
      }
    } else await stopServer(seeder);
    if (LAYOUT !== 'single') {
      const projector = spawnNode('projector', 'apps/projector/src/main.ts', { ...common, ...MEASURED.env, DEMO: 'false' }, await freePort());
      try {
        await waitHttp(projector, '/health/ready');
        const api = await startServer({ ...common, ...MEASURED.env, DEMO: 'false', RUN_CONSUMERS: 'false' }, MEASURED.flags);
        try {
          rows.push(...(await measure('API + projector process', api)));
        } finally {
          await stopServer(api);
        }
      } finally {
        await stopNode(projector);
      }
    }
  } finally {
    await db.drop();
  }
  const ms = (n: number) => n.toFixed(1);
  console.log(
    `\nload average at the end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    '\n| layout | writers | mutations | p50 ms | p95 ms | wait for read models p50 / p95 ms | share of latency waiting | append p50 / p95 ms | share appending | in the API p50 / p95 ms | share in the API | API CPU ms per mutation | target p95 at 20 |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const verdict = r.writers === 20 ? `<= ${TARGET_P95_MS} ms ${r.p95 <= TARGET_P95_MS ? 'met' : 'MISSED'}` : '';
    console.log(
      `| ${r.layout} | ${r.writers} | ${r.mutations} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.waitP50)} / ${ms(r.waitP95)} | ${(r.share * 100).toFixed(0)}% | ${ms(r.appendP50)} / ${ms(r.appendP95)} | ${(r.appendShare * 100).toFixed(0)}% | ${ms(r.serverP50)} / ${ms(r.serverP95)} | ${(r.serverShare * 100).toFixed(0)}% | ${ms(r.cpuPerMutation)} | ${verdict} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
