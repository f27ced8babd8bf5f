// npm run bench:search — practice search designs side by side over the same practices and query mix (issue 15 points 1-3),
// called directly in this process, and through GraphQL over real HTTP: the APIs (search-server.ts, 1 and 2 processes, as
// production runs one per core) and the clients (search-client.ts) each in processes of their own (search-remote.ts), so
// each figure of CPU is the API's alone. BENCH_PRACTICES=5000 BENCH_SECONDS=2 for a smoke run; README lists the flags.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { loadConfig } from '@pfp/config';
import { startEmbeddedPostgres } from '@pfp/database';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Projections } from '@pfp/event-sourcing';
import { PracticeSearchIndex } from '@pfp/practices';
import { DataSource } from 'typeorm';
import { startApp } from '../../../apps/api/src/create-app';
import { bitmapFacets, boundedCandidates, oramaIndex, ownIndex, sqlPath, type Candidate } from './search-candidates';
import { generate, randomSearch, type MixKind, type MixSearch } from './search-data';
import { remoteClients, startSearchApis, type SearchFlags } from './search-remote';

const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,50').split(',').map(Number);
const TARGET_P95_MS = 50;
/** BENCH_BASELINE=false leaves out (a), the SQL path every other figure is compared with (for a profile of one design). */
const BASELINE = process.env.BENCH_BASELINE !== 'false';
/** BENCH_BUILDS=false skips building the in-memory designs a second time to measure them (34-70 s at 100k). */
const BUILDS = process.env.BENCH_BUILDS !== 'false';
/** How many API processes serve GraphQL, one measurement each (production runs one per core). */
const API_PROCESSES = (process.env.BENCH_API_PROCESSES ?? '1,2').split(',').map(Number);

async function database(): Promise<{ url: string; server: string; drop(): Promise<void> }> {
  const kept = process.env.BENCH_DATABASE_URL;
  if (kept) return { url: kept, server: 'BENCH_DATABASE_URL (kept)', drop: async () => undefined };
  let base = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!base) {
    dir = join(process.cwd(), 'data', `bench-pg-${randomBytes(3).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port: 54000 + Math.floor(Math.random() * 900), database: 'bench' });
    base = pg.url;
    stop = pg.stop;
  }
  const name = `bench_search_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const { rows } = await admin.query(`SELECT version() AS v`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    server: `${String(rows[0].v).split(' on ')[0]}${stop ? ' (embedded)' : ''}`,
    async drop() {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      if (stop) await stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** BENCH_QUERY=site: the site's own search (apps/web/src/pages/practices/documents.ts): labels in the search's language, owners named. */
const SITE_QUERY = `query Practices($search: String, $filter: PracticeFilter, $orderBy: PracticeOrder, $language: String) {
  practices(search: $search, filter: $filter, orderBy: $orderBy, first: 20) {
    totalCount
    facets {
      theme { value label(language: $language) count }
      country { value label(language: $language) count }
      region { value label(language: $language) count }
      implementationStatus { value label(language: $language) count }
    }
    edges { cursor node { id title summary status countries language publishedAt ownerOrganizationId owner { id name } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

const BENCH_QUERY = `query Search($search: String, $filter: PracticeFilter, $orderBy: PracticeOrder) {
  practices(search: $search, filter: $filter, orderBy: $orderBy, first: 20) {
    totalCount
    edges { cursor node { id title summary countries themeIds publishedAt } }
    pageInfo { hasNextPage endCursor }
    facets { theme { value count } gcmObjective { value count } region { value count } country { value count } owner { value count } implementationStatus { value count } }
  }
}`;

/** BENCH_QUERY=unified: the one search of the site's header box (libs/discovery), the same words and filters. */
const UNIFIED_QUERY = `query Search($search: String, $filter: SearchFilter) {
  search(query: $search, filter: $filter, first: 20) {
    totalCount
    edges { cursor node { kind id title summary path status publishedAt } }
    pageInfo { hasNextPage endCursor }
    facets { kind { value count } theme { value count } gcmObjective { value count } sdgTarget { value count } region { value count } country { value count } organization { value count } }
  }
}`;

/**
 * BENCH_QUERY=floor / floor-nest: what the stack costs with no search at all, the same requests (the mix's variables
 * are sent, and ignored): `__typename` is answered by Apollo alone; `apiVersion` by one Nest resolver, with its guards.
 * A search can be no cheaper than these.
 */
const FLOOR_QUERY = `query Floor { __typename }`;
const FLOOR_NEST_QUERY = `query Floor { apiVersion }`;

const QUERY = { site: SITE_QUERY, unified: UNIFIED_QUERY, floor: FLOOR_QUERY, 'floor-nest': FLOOR_NEST_QUERY }[process.env.BENCH_QUERY ?? ''] ?? BENCH_QUERY;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Bytes the process holds on the heap and in typed arrays, after collecting garbage. */
const held = (): number => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

interface Sample {
  kind: MixKind;
  ms: number;
}

/** `clients` loops, each issuing one request after the other for `seconds`; every latency with its kind of search. */
async function closedLoop(clients: number, seconds: number, draw: () => MixSearch, op: (q: MixSearch) => Promise<unknown>): Promise<Sample[]> {
  const samples: Sample[] = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const q = draw();
        const started = process.hrtime.bigint();
        await op(q);
        samples.push({ kind: q.kind, ms: Number(process.hrtime.bigint() - started) / 1e6 });
      }
    }),
  );
  return samples;
}

interface Result {
  clients: number;
  name: string;
  samples: Sample[];
  load: string;
  /** CPU (ms) over the measured seconds: of the APIs' processes, or of this one for a direct call. */
  cpuMs: number;
  clientCpuMs?: number;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const byKind = (samples: Sample[]) => {
  const kinds = new Map<MixKind, number[]>();
  for (const s of samples) kinds.set(s.kind, [...(kinds.get(s.kind) ?? []), s.ms]);
  return kinds;
};
const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const db = await database();
  const dataDir = join(tmpdir(), `pfp-bench-${randomBytes(3).toString('hex')}`);
  const config = {
    ...loadConfig({
      NODE_ENV: 'development',
      DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      SESSION_SECRET: 'bench-secret-0123456789abcdef0123',
      RATE_LIMIT_REQUESTS: '100000000/60s',
    }),
    databaseUrl: db.url,
    port: 0,
  };
  // the whole API (its migrations made before the GraphQL measurements' APIs start), for the direct calls
  const { app } = await startApp(config);
  let closed = false;
  const closeApp = async () => {
    if (!closed) await app.close();
    closed = true;
  };
  // The same pool size as the app's TypeORM pool (pg's default, 10), so the ratio compares like with like.
  const pool = new Pool({ connectionString: db.url, max: 10 });
  try {
    console.log(`PostgreSQL: ${db.server}; ${PRACTICES.toLocaleString('en')} practices in 6 languages; ${SECONDS} s per measurement`);
    const [{ n }] = (await pool.query(`SELECT count(*)::int AS n FROM practice_search`)).rows;
    if (n < PRACTICES) await generate(pool, PRACTICES - n, console.log);
    const feed = app.get(PracticeSearchIndex);
    await feed.sync();

    // The in-memory designs: what each holds for these practices and how long it takes to build from the read model.
    const built: Array<{ name: string; ms: number; bytes: number }> = [];
    let before = held();
    const started = Date.now();
    const rebuilt = new PracticeSearchIndex(app.get(DataSource), app.get(Projections));
    if (BUILDS) await rebuilt.sync();
    built.push({ name: '(d2) libs/search-index (structures + page payloads as JSON)', ms: Date.now() - started, bytes: held() - before });
    built.push({ name: '(d2) of which index structures (typed arrays)', ms: NaN, bytes: rebuilt.index.structureBytes() });
    before = held();
    const bitmaps = await bitmapFacets(pool);
    built.push({ name: '(b) per-value bitmaps + precomputed counts', ms: bitmaps.buildMs, bytes: held() - before });
    const candidates: Candidate[] = [sqlPath(pool), bitmaps, boundedCandidates(pool)];
    if (process.env.BENCH_ORAMA !== 'false') {
      before = held();
      const orama = await oramaIndex(pool, feed, Number(process.env.BENCH_ORAMA_MAX ?? 10_000));
      built.push({ name: `(d1) Orama 3 (no payloads), ${orama.size.toLocaleString('en')} practices`, ms: orama.buildMs, bytes: held() - before });
      candidates.push(orama);
    }
    candidates.push(ownIndex(feed));

    const mix = () => randomSearch(PRACTICES);
    const direct = (c: Candidate) => async (clients: number) => {
      await closedLoop(clients, 1, mix, (q) => c.run(q)); // warm-up
      const cpu = process.cpuUsage();
      const samples = await closedLoop(clients, SECONDS, mix, (q) => c.run(q));
      const used = process.cpuUsage(cpu);
      return { samples, cpuMs: (used.user + used.system) / 1000 };
    };
    const only = new RegExp(process.env.BENCH_ONLY ?? '');
    const chosen = (name: string) => only.test(name) || (BASELINE && name.includes('(a)'));
    const results: Result[] = [];
    /** One measurement, unless the same with one client was already 10 times over the target: 50 would take minutes to drain. */
    const measure = async (clients: number, name: string, run: () => Promise<Omit<Result, 'clients' | 'name' | 'load'>>) => {
      const alone = results.find((r) => r.clients === 1 && r.name === name);
      if (
        clients > 1 &&
        alone &&
        percentile(
          alone.samples.map((s) => s.ms),
          50,
        ) >
          10 * TARGET_P95_MS
      ) {
        console.log(`  skipped at ${clients} clients (p50 with 1 client over ${10 * TARGET_P95_MS} ms): ${name}`);
        return;
      }
      const load = loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
      results.push({ clients, name, load, ...(await run()) });
      console.log(`  measured ${clients} client(s): ${name}`);
    };
    feed.cacheEnabled = false;
    for (const clients of CLIENTS)
      for (const c of candidates) if (chosen(`direct: ${c.name}`)) await measure(clients, `direct: ${c.name}`, () => direct(c)(clients));
    await closeApp(); // the GraphQL measurements have the machine to themselves and their own processes

    // GraphQL: the APIs (1 or 2 processes, search-server.ts) and the clients (search-client.ts) in processes of their own
    const graphqlSetups: Array<{ name: string; mix: 'random' | 'popular'; flags: SearchFlags }> = [
      { name: '(a) SQL path, no cache (before)', mix: 'random', flags: { index: false, answerCache: false, resultCache: false } },
      { name: '(a) SQL path + result cache, popular mix (before)', mix: 'popular', flags: { index: false, answerCache: false, resultCache: true } },
      { name: '(d2) in-memory index, no answer cache', mix: 'random', flags: { index: true, answerCache: false, resultCache: false } },
      { name: '(d2) in-memory index + answer cache, popular mix', mix: 'popular', flags: { index: true, answerCache: true, resultCache: false } },
    ];
    for (const processes of API_PROCESSES) {
      const via = `GraphQL, ${processes} API process${processes > 1 ? 'es' : ''}`;
      if (!graphqlSetups.some((g) => chosen(`${via}: ${g.name}`))) continue;
      console.log(`  starting ${processes} API process(es), each building its index`);
      const apis = await startSearchApis(processes, db.url);
      try {
        for (const clients of CLIENTS)
          for (const g of graphqlSetups.filter((g) => chosen(`${via}: ${g.name}`)))
            await measure(clients, `${via}: ${g.name}`, async () => {
              await apis.set(g.flags);
              const r = await remoteClients(
                {
                  urls: apis.urls,
                  query: QUERY,
                  clients,
                  seconds: SECONDS,
                  warmupSeconds: 1,
                  mix: g.mix,
                  practices: PRACTICES,
                  unified: QUERY === UNIFIED_QUERY,
                },
                apis,
              );
              return { samples: r.samples, cpuMs: r.apiCpuMs, clientCpuMs: r.clientCpuMs };
            });
      } finally {
        await apis.stop();
      }
    }

    console.log(
      '\n' +
        line([
          'clients',
          'path',
          'p50 ms',
          'p95 ms',
          'worst kind p95 ms',
          'searches/s',
          'p95 vs (a) same way',
          `p95 <= ${TARGET_P95_MS} ms`,
          'API (or direct) CPU ms/search',
          'client CPU ms/search',
          'load 1/5/15',
        ]),
    );
    console.log(line(Array(11).fill('---')));
    for (const r of results) {
      const ms = r.samples.map((s) => s.ms);
      const p95 = percentile(ms, 95);
      const kinds = [...byKind(r.samples)].map(([kind, list]) => ({ kind, p95: percentile(list, 95) })).sort((a, b) => b.p95 - a.p95);
      const via = r.name.split(':')[0];
      const base = results.find((b) => b.clients === r.clients && b.name.startsWith(`${via}: (a)`));
      console.log(
        line([
          r.clients,
          r.name,
          percentile(ms, 50).toFixed(1),
          p95.toFixed(1),
          `${kinds[0].p95.toFixed(1)} (${kinds[0].kind})`,
          (ms.length / SECONDS).toFixed(0),
          base
            ? `${(
                p95 /
                percentile(
                  base.samples.map((s) => s.ms),
                  95,
                )
              ).toFixed(3)}x`
            : '-',
          r.clients >= 50 ? (kinds[0].p95 <= TARGET_P95_MS ? 'met' : 'missed') : '-',
          (r.cpuMs / r.samples.length).toFixed(2),
          r.clientCpuMs === undefined ? '-' : (r.clientCpuMs / r.samples.length).toFixed(2),
          r.load,
        ]),
      );
    }
    const final = results.filter((r) => r.clients === Math.max(...CLIENTS) && r.name.startsWith('GraphQL') && r.name.includes('(d2)'));
    for (const r of final) {
      console.log(`\nPer kind of search, ${r.clients} clients, ${r.name}:\n` + line(['kind', 'n', 'p50 ms', 'p95 ms']) + '\n' + line(Array(4).fill('---')));
      for (const [kind, list] of byKind(r.samples)) console.log(line([kind, list.length, percentile(list, 50).toFixed(1), percentile(list, 95).toFixed(1)]));
    }
    console.log(
      `\nIn memory for ${PRACTICES.toLocaleString('en')} practices:\n` +
        line(['design', 'build from the read model', 'memory']) +
        '\n' +
        line(Array(3).fill('---')),
    );
    for (const b of built) console.log(line([b.name, Number.isNaN(b.ms) ? '-' : `${(b.ms / 1000).toFixed(1)} s`, mb(b.bytes)]));
  } finally {
    await pool.end();
    await closeApp();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
