// npm run bench:scale [-- --seconds=60 --workers=16 --no-kill]
// npm run bench:scale -- --pg-outage   (its own embedded PostgreSQL, stopped for 10 s under load)
// npm run bench:scale -- --embedded     (its own embedded PostgreSQL, when the shared one is busy)
// Two API processes (RUN_CONSUMERS=false) and one projector on this machine's PostgreSQL
// (DATABASE_URL's cluster, else postgres://postgres@127.0.0.1:5432), a Redis of our own for
// subscription fan-out, mixed mutations and queries for 60 s with the projector killed by
// SIGKILL half-way and restarted; then checks that every event is in every projection exactly
// once (projects against their streams, rebuildable projections against a rebuild from 0) and
// that every subscriber on either API received every update of its project.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { loadConfig } from '@pfp/config';
import { startEmbeddedPostgres, type RunningPostgres } from '@pfp/database';
import { EVENT_STORE, Projections, rebuildProjection } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { PROJECTOR_FEATURES } from '../../../apps/projector/src/projector';
import { ProjectorModule } from '../../../apps/projector/src/projector.module';
import { freePort } from '@pfp/testing';
import { type NodeProcess, spawnNode, waitHttp } from './node-process';

const root = join(__dirname, '..', '..', '..');
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 60);
const WORKERS = arg('workers', 16);
const PROJECTS = arg('projects', 8);
const OUTAGE = process.argv.includes('--pg-outage');
const KILL = !OUTAGE && !process.argv.includes('--no-kill');
const OUTAGE_MS = 10_000;
const EMBEDDED = OUTAGE || process.argv.includes('--embedded');
const PASSWORD = 'partnerships-2011';
const LEADS = ['mx', 'ch', 'se', 'ph', 'de', 'es', 'ma', 'jp'];

const out = (line: string) => process.stdout.write(`${line}\n`);

interface GqlResult {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function gql(port: number, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as GqlResult;
    } catch {
      return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 80)}`, extensions: { code: `HTTP_${res.status}` } }] };
    }
  } catch (error) {
    return { errors: [{ message: (error as Error).message, extensions: { code: 'NETWORK' } }] };
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function maxLag(metrics: string): { events: number; seconds: number; consumer: string } {
  let best = { events: 0, seconds: 0, consumer: '-' };
  for (const m of metrics.matchAll(/^consumer_lag_(events|seconds)\{consumer="([^"]+)"\} ([0-9.e+-]+)$/gm)) {
    const value = Number(m[3]);
    if (m[1] === 'seconds' && value > best.seconds) best = { ...best, seconds: value, consumer: m[2] };
    if (m[1] === 'events' && value > best.events) best = { ...best, events: value };
  }
  return best;
}

async function main(): Promise<void> {
  // the outage scenario stops PostgreSQL: never this machine's shared one, an embedded one of our own
  let embedded: RunningPostgres | null = null;
  let embeddedDir = '';
  let embeddedPort = 0;
  if (EMBEDDED) {
    mkdirSync(join(root, 'data'), { recursive: true });
    embeddedDir = mkdtempSync(join(root, 'data', 'bench-pg-'));
    chmodSync(embeddedDir, 0o755); // the server runs as the postgres user when we are root
    embeddedPort = await freePort();
    embedded = await startEmbeddedPostgres({ dataDir: join(embeddedDir, 'pg'), port: embeddedPort, database: 'postgres' });
  }
  const base = new URL(embedded?.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const dbName = `bench_scale_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  if (EMBEDDED) await admin.end();
  const dbUrl = new URL(base.toString());
  dbUrl.pathname = `/${dbName}`;
  const databaseUrl = dbUrl.toString();
  const redisPort = await freePort();
  const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'pfp-bench-'));
  const procs: NodeProcess[] = [];
  const clients: WsClient[] = [];
  const sessionSecret = randomBytes(32).toString('hex');
  const common = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    SESSION_SECRET: sessionSecret,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    // one client address drives the whole load: the per-address limits would measure the throttler, not the platform
    RATE_LIMIT_REQUESTS: '100000000/60s',
    RATE_LIMIT_WRITES: '100000000/60s',
  };
  out(
    `bench:scale on ${base.host}/${dbName}, Redis on ${redisPort}: 2 APIs + 1 projector, ${WORKERS} workers, ${SECONDS} s${KILL ? ', projector SIGKILLed half-way' : ''}${OUTAGE ? `, PostgreSQL stopped for ${OUTAGE_MS / 1000} s at a third` : ''}`,
  );

  try {
    // api-1 seeds the demo data and migrates; the others join once it is up
    const api1 = spawnNode('api-1', 'apps/api/src/main.ts', { ...common, RUN_CONSUMERS: 'false' }, await freePort());
    procs.push(api1);
    await waitHttp(api1, '/health/live');
    const api2 = spawnNode('api-2', 'apps/api/src/main.ts', { ...common, RUN_CONSUMERS: 'false', DEMO: 'false' }, await freePort());
    const projectorPort = await freePort();
    let projector = spawnNode('projector', 'apps/projector/src/main.ts', { ...common, DEMO: 'false' }, projectorPort);
    procs.push(api2, projector);
    await Promise.all([waitHttp(api2, '/health/ready'), waitHttp(projector, '/health/ready'), waitHttp(api1, '/health/ready')]);
    const apis = [api1, api2];
    out('all three processes ready');

    const tokens = new Map<string, string>();
    for (const id of LEADS) {
      const r = await gql(api1.port, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, {
        i: { email: `${id}@demo.pfp.example`, password: PASSWORD },
      });
      const token = (r.data?.signIn as { token: string } | undefined)?.token;
      if (!token) throw new Error(`sign-in of ${id} failed: ${JSON.stringify(r.errors)}`);
      tokens.set(id, token);
    }
    const projects: { id: string; lead: string }[] = [];
    for (let i = 0; i < PROJECTS; i++) {
      const lead = LEADS[i % LEADS.length];
      const r = await gql(
        api1.port,
        `mutation($i: LaunchPartnershipProjectInput!) { launchPartnershipProject(input: $i) { partnershipProject { id } } }`,
        { i: { title: `Bench project ${i}` } },
        tokens.get(lead),
      );
      const id = (r.data?.launchPartnershipProject as { partnershipProject: { id: string } } | undefined)?.partnershipProject.id;
      if (!id) throw new Error(`launch failed: ${JSON.stringify(r.errors)}`);
      projects.push({ id, lead });
    }

    // one subscriber per project on each API
    const received = new Map<string, number[]>(); // `${api}|${project}` -> revisions
    for (const api of apis) {
      for (const p of projects) {
        const client = createClient({
          url: `ws://127.0.0.1:${api.port}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${tokens.get(p.lead)}` },
          lazy: false,
          retryAttempts: 0,
        });
        clients.push(client);
        const key = `${api.name}|${p.id}`;
        received.set(key, []);
        client.subscribe<{ projectUpdated: { type: string; revision: number } }>(
          { query: `subscription($id: ID!) { projectUpdated(projectId: $id) { type revision } }`, variables: { id: p.id } },
          {
            next: (v) => {
              if (v.data?.projectUpdated.type === 'ProjectUpdatePosted') received.get(key)!.push(v.data.projectUpdated.revision);
            },
            error: (e) => out(`subscription error on ${key}: ${JSON.stringify(e).slice(0, 200)}`),
            complete: () => undefined,
          },
        );
      }
    }
    await new Promise((r) => setTimeout(r, 1500));

    const latencies: Record<'mutation' | 'query', number[]> = { mutation: [], query: [] };
    const failures: Record<string, number> = {};
    const posted = new Map<string, Set<string>>(projects.map((p) => [p.id, new Set()]));
    let drafted = 0;
    let lag = { events: 0, seconds: 0, consumer: '-' };
    let running = true;
    const started = Date.now();
    const lagProbe = (async () => {
      while (running) {
        for (const port of [projectorPort, api1.port]) {
          const text = await fetch(`http://127.0.0.1:${port}/metrics`).then(
            (r) => r.text(),
            () => '',
          );
          const now = maxLag(text);
          if (now.seconds > lag.seconds) lag = { ...lag, seconds: now.seconds, consumer: now.consumer };
          if (now.events > lag.events) lag = { ...lag, events: now.events };
        }
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    let killedAt: number | null = null;
    const killer = KILL
      ? (async () => {
          await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
          projector.child.kill('SIGKILL');
          killedAt = Date.now() - started;
          out(`t=${(killedAt / 1000).toFixed(1)} s: projector killed with SIGKILL; restarting it`);
          projector = spawnNode('projector', 'apps/projector/src/main.ts', { ...common, DEMO: 'false' }, projectorPort);
          procs.push(projector);
          await waitHttp(projector, '/health/live');
          out(`t=${((Date.now() - started) / 1000).toFixed(1)} s: projector back`);
        })()
      : Promise.resolve();

    let outageActive = false;
    const outage = { readiness: new Map<string, number>(), mutationMs: [] as number[], errors: new Map<string, number>(), downAt: 0, upAt: 0 };
    const stopper = OUTAGE
      ? (async () => {
          await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
          outage.downAt = Date.now() - started;
          outageActive = true;
          await embedded!.stop();
          out(`t=${(outage.downAt / 1000).toFixed(1)} s: PostgreSQL stopped`);
          const probes = (async () => {
            while (outageActive) {
              for (const api of [...apis, projector]) {
                const status = await fetch(`http://127.0.0.1:${api.port}/health/ready`, { signal: AbortSignal.timeout(5000) }).then(
                  (r) => r.status,
                  () => 0,
                );
                const key = `${api.name}:${status}`;
                outage.readiness.set(key, (outage.readiness.get(key) ?? 0) + 1);
              }
              await new Promise((r) => setTimeout(r, 250));
            }
          })();
          await new Promise((r) => setTimeout(r, OUTAGE_MS));
          embedded = await startEmbeddedPostgres({ dataDir: join(embeddedDir, 'pg'), port: embeddedPort, database: 'postgres' });
          outageActive = false;
          await probes;
          outage.upAt = Date.now() - started;
          out(`t=${(outage.upAt / 1000).toFixed(1)} s: PostgreSQL started again`);
        })()
      : Promise.resolve();

    const worker = async (w: number) => {
      const api = apis[w % 2];
      for (let i = 0; Date.now() - started < SECONDS * 1000; i++) {
        const roll = Math.random();
        const t0 = performance.now();
        let kind: 'mutation' | 'query' = 'query';
        let result: GqlResult;
        if (roll < 0.4) {
          kind = 'mutation';
          const p = projects[Math.floor(Math.random() * projects.length)];
          const text = `update ${randomUUID()}`;
          result = await gql(
            api.port,
            `mutation($i: PostProjectUpdateInput!) { postProjectUpdate(input: $i) { revision } }`,
            { i: { projectId: p.id, text } },
            tokens.get(p.lead),
          );
          if (result.data?.postProjectUpdate) posted.get(p.id)!.add(text);
        } else if (roll < 0.5) {
          kind = 'mutation';
          const lead = LEADS[w % LEADS.length];
          result = await gql(
            api.port,
            `mutation($i: DraftPracticeInput!) { draftPractice(input: $i) { revision } }`,
            { i: { title: `Bench practice ${w}-${i}`, summary: 'Drafted under load.' } },
            tokens.get(lead),
          );
          if (result.data?.draftPractice) drafted++;
        } else if (roll < 0.75) {
          const p = projects[Math.floor(Math.random() * projects.length)];
          result = await gql(api.port, `query($id: ID!) { partnershipProject(id: $id) { id revision updates { text } } }`, { id: p.id }, tokens.get(p.lead));
        } else if (roll < 0.9) {
          result = await gql(api.port, `{ partnershipProjects(first: 10) { totalCount edges { node { id title } } } }`);
        } else {
          result = await gql(api.port, `{ practices(first: 10) { totalCount edges { node { id title } } } }`, {}, tokens.get(LEADS[w % LEADS.length]));
        }
        latencies[kind].push(performance.now() - t0);
        if (outageActive && kind === 'mutation') {
          outage.mutationMs.push(performance.now() - t0);
          const message = result.errors?.[0] ? `${result.errors[0].extensions?.code}: ${result.errors[0].message.slice(0, 80)}` : 'ok';
          outage.errors.set(message, (outage.errors.get(message) ?? 0) + 1);
        }
        if (result.errors?.length) {
          const code = `${kind}:${result.errors[0].extensions?.code ?? 'NONE'}:${result.errors[0].message.slice(0, 60)}`;
          failures[code] = (failures[code] ?? 0) + 1;
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w).catch((e: Error) => out(`worker ${w} stopped: ${e.message}`))));
    await stopper;
    const elapsed = (Date.now() - started) / 1000;
    await killer;
    out(`load done in ${elapsed.toFixed(1)} s; waiting for the projector to catch up`);

    // caught up: every consumer at lag 0 on the projector
    const deadline = Date.now() + 120_000;
    for (;;) {
      const text = await fetch(`http://127.0.0.1:${projectorPort}/metrics`).then(
        (r) => r.text(),
        () => '',
      );
      if (/consumer_lag_events/.test(text) && maxLag(text).events === 0) break;
      if (Date.now() > deadline) {
        const lags = [...text.matchAll(/^consumer_lag_events\{consumer="([^"]+)"\} ([0-9.e+-]+)$/gm)]
          .filter((m) => Number(m[2]) > 0)
          .map((m) => `${m[1]} ${m[2]}`);
        const behind = lags.map((l) => `[${l.split(' ')[0]}]`);
        const theirs = projector.log
          .join('')
          .split('\n')
          .filter((line) => behind.some((name) => line.includes(name)));
        throw new Error(
          `projector did not catch up within 120 s (behind: ${lags.join(', ') || 'no lag metrics'}); its lines about them:\n${theirs.join('\n').slice(-6000)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    running = false;
    await lagProbe;
    await new Promise((r) => setTimeout(r, 2000)); // last live messages

    // verification 1: each project's read model against its stream, and the subscribers
    const pool = new Pool({ connectionString: databaseUrl });
    const problems: string[] = [];
    let updates = 0;
    for (const p of projects) {
      // a global id is its aggregate's stream name
      const { rows: stream } = await pool.query(`SELECT revision, event_type FROM es_events WHERE stream_name = $1 ORDER BY revision`, [p.id]);
      if (stream.length === 0) problems.push(`${p.id}: no stream of that name`);
      const r = await gql(api1.port, `query($id: ID!) { partnershipProject(id: $id) { revision updates { text } } }`, { id: p.id }, tokens.get(p.lead));
      const model = r.data?.partnershipProject as { revision: number; updates: { text: string }[] } | null;
      const updateRevisions = stream.filter((e) => e.event_type === 'ProjectUpdatePosted').map((e) => Number(e.revision));
      updates += updateRevisions.length;
      if (!model) {
        problems.push(`${p.id}: not readable (${JSON.stringify(r.errors)})`);
        continue;
      }
      const texts = model.updates.map((u) => u.text);
      if (stream.length > 0 && model.revision !== Number(stream[stream.length - 1].revision))
        problems.push(`${p.id}: read model at revision ${model.revision}, stream at ${stream[stream.length - 1].revision}`);
      if (new Set(texts).size !== texts.length) problems.push(`${p.id}: an update appears twice in the read model`);
      if (stream.length > 0 && texts.length !== updateRevisions.length)
        problems.push(`${p.id}: ${texts.length} updates in the read model, ${updateRevisions.length} in the stream`);
      for (const t of posted.get(p.id)!) if (!texts.includes(t)) problems.push(`${p.id}: acknowledged update "${t}" missing from the read model`);
      for (const api of apis) {
        const got = received.get(`${api.name}|${p.id}`)!;
        const missing = updateRevisions.filter((rev) => !got.includes(rev));
        if (missing.length > 0) problems.push(`${api.name} subscriber of ${p.id}: missed ${missing.length} of ${updateRevisions.length} updates`);
        if (new Set(got).size !== got.length) problems.push(`${api.name} subscriber of ${p.id}: received an update twice`);
      }
    }

    // verification 2: every rebuildable projection equals a rebuild from 0, row for row
    const config = { ...loadConfig({ ...process.env, ...common, DEMO: 'false' }), databaseUrl };
    const context = await NestFactory.createApplicationContext(ProjectorModule.forRoot(config, PROJECTOR_FEATURES, { runConsumers: false }), {
      logger: ['error'],
    });
    const rebuilt: string[] = [];
    const notRebuildable: string[] = [];
    try {
      const dataSource = context.get(DataSource);
      const store = context.get<EventStore>(EVENT_STORE, { strict: false });
      for (const projection of context.get(Projections, { strict: false }).list()) {
        if (!projection.tables?.length) {
          notRebuildable.push(projection.name);
          continue;
        }
        const result = await rebuildProjection({ dataSource, store, projection, keepOld: true });
        for (const table of projection.tables) {
          const diff = await dataSource.query(
            `SELECT (SELECT count(*) FROM (SELECT * FROM public.${table} EXCEPT ALL SELECT * FROM ${result.retiredSchema}.${table}) a)::int AS only_rebuilt,
                    (SELECT count(*) FROM (SELECT * FROM ${result.retiredSchema}.${table} EXCEPT ALL SELECT * FROM public.${table}) b)::int AS only_live,
                    (SELECT count(*) FROM public.${table})::int AS n`,
          );
          if (diff[0].only_rebuilt !== 0 || diff[0].only_live !== 0)
            problems.push(
              `${projection.name}.${table}: live differs from a rebuild from 0 (${diff[0].only_live} rows only live, ${diff[0].only_rebuilt} only rebuilt)`,
            );
          else rebuilt.push(`${projection.name}.${table} (${diff[0].n} rows)`);
        }
        await dataSource.query(`DROP SCHEMA ${result.retiredSchema} CASCADE`);
      }
    } finally {
      await context.close();
    }
    const { rows: total } = await pool.query(`SELECT count(*)::int AS n FROM es_events`);
    await pool.end();

    const mutations = latencies.mutation.length;
    const queries = latencies.query.length;
    out('');
    out(
      `operations: ${mutations + queries} in ${elapsed.toFixed(1)} s = ${((mutations + queries) / elapsed).toFixed(0)} ops/s (${mutations} mutations, ${queries} queries; ${updates} project updates, ${drafted} practices drafted)`,
    );
    out(
      `latency p50/p95/p99: mutations ${percentile(latencies.mutation, 50).toFixed(0)}/${percentile(latencies.mutation, 95).toFixed(0)}/${percentile(latencies.mutation, 99).toFixed(0)} ms, queries ${percentile(latencies.query, 50).toFixed(0)}/${percentile(latencies.query, 95).toFixed(0)}/${percentile(latencies.query, 99).toFixed(0)} ms`,
    );
    out(
      `largest consumer lag seen: ${lag.events} events, ${lag.seconds.toFixed(1)} s (${lag.consumer})${killedAt !== null ? `; projector SIGKILLed at t=${(killedAt / 1000).toFixed(1)} s` : ''}`,
    );
    out(
      `errors: ${
        Object.keys(failures).length === 0
          ? 'none'
          : Object.entries(failures)
              .map(([k, v]) => `${k} x${v}`)
              .join('; ')
      }`,
    );
    out(`events in the log: ${total[0].n}; subscribers: ${received.size} (${projects.length} projects x 2 APIs)`);
    out(
      `equal to a rebuild from 0: ${rebuilt.join(', ') || 'none'}; checked against their streams instead: project-details${notRebuildable.length ? `; not rebuildable (no tables declared): ${notRebuildable.join(', ')}` : ''}`,
    );
    if (OUTAGE) {
      out(
        `PostgreSQL down from t=${(outage.downAt / 1000).toFixed(1)} s to t=${(outage.upAt / 1000).toFixed(1)} s; readiness probes meanwhile: ${[...outage.readiness].map(([k, v]) => `${k} x${v}`).join(', ')}`,
      );
      out(
        `mutations during the outage: ${outage.mutationMs.length}, p50/p95/max ${percentile(outage.mutationMs, 50).toFixed(0)}/${percentile(outage.mutationMs, 95).toFixed(0)}/${Math.max(0, ...outage.mutationMs).toFixed(0)} ms; answers: ${[...outage.errors].map(([k, v]) => `"${k}" x${v}`).join('; ')}`,
      );
    }
    out(
      problems.length === 0
        ? 'VERIFIED: every event in every checked projection exactly once; every subscriber on both APIs got every update'
        : `FAILED:\n  ${problems.slice(0, 30).join('\n  ')}`,
    );
    process.exitCode = problems.length === 0 ? 0 : 1;
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 3000));
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    redis.kill('SIGTERM');
    if (EMBEDDED) {
      await embedded?.stop().catch(() => undefined);
      rmSync(embeddedDir, { recursive: true, force: true });
    } else {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
