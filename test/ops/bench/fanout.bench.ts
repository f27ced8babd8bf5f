// npm run bench:fanout [-- --subscribers 1000 --rounds 5]: N graphql-ws subscribers of one
// project; the time from postProjectUpdate's return to each delivery, p50/p95/max.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres } from '@pfp/database';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { gql } from './gql';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SUBSCRIBERS = arg('subscribers', 1000);
const ROUNDS = arg('rounds', 5);
const TARGET_P95_MS = 250;

async function database(): Promise<{ url: string; drop(): Promise<void> }> {
  let base = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  const dir = join(process.cwd(), 'data', `bench-fanout-${randomBytes(3).toString('hex')}`);
  if (!base) {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: 54000 + Math.floor(Math.random() * 900), database: 'bench' });
    base = pg.url;
    stop = pg.stop;
  }
  const name = `fanout_${randomBytes(4).toString('hex')}`;
  const admin = new PgClient({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new PgClient({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      if (stop) await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const signIn = async (url: string, id: string): Promise<string> =>
  (
    await gql<{ signIn: { token: string } }>(url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: `${id}@demo.pfp.example`, password: 'partnerships-2011' },
    })
  ).signIn.token;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const db = await database();
  const server = spawn(process.execPath, ['-r', './tools/register.cjs', 'test/ops/bench/fanout-server.ts'], {
    env: { ...process.env, BENCH_DATABASE_URL: db.url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const clients: Client[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.once('exit', (code) => reject(new Error(`the API exited (${code})`)));
      createInterface({ input: server.stdout! }).on('line', (line) => {
        if (line.startsWith('{"url"')) resolve(JSON.parse(line).url);
      });
    });
    const [mx, iom] = [await signIn(url, 'mx'), await signIn(url, 'iom')];
    const { launchPartnershipProject } = await gql<{ launchPartnershipProject: { partnershipProject: { id: string } } }>(
      url,
      `mutation($input: LaunchPartnershipProjectInput!) { launchPartnershipProject(input: $input) { partnershipProject { id } } }`,
      { input: { title: 'Fan-out benchmark' } },
      mx,
    );
    const projectId = launchPartnershipProject.partnershipProject.id;

    let round = -1;
    const returnedAt: number[] = [];
    const sentAt: number[] = [];
    const arrivals: number[][] = Array.from({ length: ROUNDS + 1 }, () => []);
    const connectStarted = performance.now();
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${iom}` },
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      client.subscribe(
        { query: `subscription($id: ID!) { projectUpdated(projectId: $id) { revision update { text } } }`, variables: { id: projectId } },
        {
          next: () => {
            // Absolute times: a delivery may beat the mutation's HTTP response (the publisher reads the log, not the response).
            if (round >= 0) arrivals[round].push(performance.now());
          },
          error: (error) => console.error('subscription error', error),
          complete: () => undefined,
        },
      );
    }
    const waitForAll = async (r: number, timeoutMs: number): Promise<void> => {
      const deadline = Date.now() + timeoutMs;
      while (arrivals[r].length < SUBSCRIBERS && Date.now() < deadline) await new Promise((res) => setTimeout(res, 5));
    };
    // Warm-up round: also tells us every subscriber is registered.
    for (let attempt = 0; attempt < 20 && arrivals[0].length < SUBSCRIBERS; attempt++) {
      arrivals[0] = [];
      round = 0;
      await gql(
        url,
        `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
        { input: { projectId, text: 'warm-up' } },
        mx,
      );
      await waitForAll(0, 3000);
    }
    console.log(`${arrivals[0].length}/${SUBSCRIBERS} subscribers ready in ${Math.round(performance.now() - connectStarted)} ms`);

    for (let r = 1; r <= ROUNDS; r++) {
      round = r;
      sentAt[r] = performance.now();
      await gql(
        url,
        `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { revision } }`,
        { input: { projectId, text: `round ${r}`, metrics: [{ indicator: 'round', value: r }] } },
        mx,
      );
      returnedAt[r] = performance.now();
      await waitForAll(r, 10_000);
      await new Promise((res) => setTimeout(res, 100));
    }
    const fromSent = arrivals
      .slice(1)
      .flatMap((times, i) => times.map((t) => t - sentAt[i + 1]))
      .sort((a, b) => a - b);
    for (let r = 1; r <= ROUNDS; r++) arrivals[r] = arrivals[r].map((t) => t - returnedAt[r]);
    const all = arrivals
      .slice(1)
      .flat()
      .sort((a, b) => a - b);
    const delivered = all.length;
    const expected = SUBSCRIBERS * ROUNDS;
    const p50 = percentile(all, 50);
    const p95 = percentile(all, 95);
    const max = all[all.length - 1];
    console.log(`\nfan-out: ${SUBSCRIBERS} graphql-ws subscribers of one project, ${ROUNDS} updates, ${process.env.REDIS_URL ? 'Redis' : 'in-memory'} PubSub`);
    console.log('time from postProjectUpdate returning to each delivery (ms; negative: delivered before the HTTP response arrived)\n');
    console.log('| deliveries | p50 | p95 | max | target p95 |');
    console.log('|---|---|---|---|---|');
    console.log(
      `| ${delivered}/${expected} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${max.toFixed(1)} | <= ${TARGET_P95_MS} ${p95 <= TARGET_P95_MS && delivered === expected ? 'met' : 'MISSED'} |`,
    );
    console.log(
      `| from the mutation's request instead | ${percentile(fromSent, 50).toFixed(1)} | ${percentile(fromSent, 95).toFixed(1)} | ${fromSent[fromSent.length - 1].toFixed(1)} | |`,
    );
    for (let r = 1; r <= ROUNDS; r++) {
      const s = [...arrivals[r]].sort((a, b) => a - b);
      console.log(
        `  round ${r}: ${s.length} deliveries, min ${s[0]?.toFixed(1)} p50 ${percentile(s, 50)?.toFixed(1)} p95 ${percentile(s, 95)?.toFixed(1)} max ${s[s.length - 1]?.toFixed(1)}`,
      );
    }
    if (delivered !== expected || p95 > TARGET_P95_MS) process.exitCode = 1;
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
