// npm run bench:search — practice search through GraphQL (real HTTP) beside the same SQL issued directly.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { loadConfig } from '@pfp/config';
import { startEmbeddedPostgres } from '@pfp/database';
import { IDENTITY_MIGRATIONS, IdentityModule } from '@pfp/identity';
import { facetValues, PRACTICES_MIGRATIONS, PracticeSearchCache, PracticesModule, searchFacetsSql, searchPageSql } from '@pfp/practices';
import { regionCodesOfCountries, THEMES } from '@pfp/taxonomy';
import { startApp } from '../../../apps/api/src/create-app';

const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,50').split(',').map(Number);
const TARGET_P95_MS = 50;

// Topical words (what people search for) among filler words (what else texts say).
const TOPICAL = (
  'unaccompanied children minors protection training officials consular remittances diaspora trafficking smuggling ' +
  'integration labour mobility recruitment skills recognition portability pensions return reintegration detention ' +
  'alternatives border identity documentation data profiles statistics census surveys housing health education schooling ' +
  'language women gender family reunification asylum refugees climate displacement disaster rural urban youth employment ' +
  'entrepreneurship investment savings microfinance banking transfer costs corridors fintech mobile inclusion discrimination ' +
  'xenophobia media awareness campaigns information centres predeparture orientation seasonal agriculture domestic workers ' +
  'care nurses doctors students scholarships circular temporary permanent visas permits regularisation amnesty readmission ' +
  'partnership dialogue regional cooperation ministries municipalities mayors civil society unions employers chambers ' +
  'academia research evaluation indicators monitoring mainstreaming planning coherence policy legislation rights ' +
  'dignity counselling legal aid shelters hotlines victims prosecution judges police investigators'
).split(' ');
const FILLER = Array.from({ length: 4000 }, (_, i) => `f${i.toString(36)}q`);
const COUNTRIES =
  'MEX HND GTM DOM SLV PHL IDN VNM IND BGD NPL LKA PAK MAR TUN EGY SEN MLI NGA GHA KEN ETH UGA ZAF MUS MDA UKR ROU POL CZE DEU FRA ESP ITA NLD SWE CHE TUR JOR LBN ECU COL PER BRA ARG CAN USA AUS NZL FJI JPN KOR CHN THA KHM MMR'.split(
    ' ',
  );
const STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED'];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];
const words = (list: readonly string[], n: number): string => Array.from({ length: n }, () => pick(list)).join(' ');
const text = (topical: number, filler: number): string =>
  [...words(TOPICAL, topical).split(' '), ...words(FILLER, filler).split(' ')].sort(() => Math.random() - 0.5).join(' ');

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

/** Fills practice_search in bulk (the read model the search reads), as the projection would. */
async function generate(pool: Pool, count: number): Promise<void> {
  const owners = Array.from({ length: 40 }, () => `organization-${randomUUID()}`);
  const themeIds = THEMES.map((t) => t.id);
  await pool.query(`DROP INDEX practice_search_document, practice_search_themes, practice_search_countries, practice_search_regions`);
  const batch = 2000;
  for (let done = 0; done < count; done += batch) {
    const rows = Array.from({ length: Math.min(batch, count - done) }, (_, i) => {
      const id = `practice-${randomUUID()}`;
      const countries = [...new Set([pick(COUNTRIES), ...(Math.random() < 0.4 ? [pick(COUNTRIES)] : [])])];
      const themes = [...new Set(Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => pick(themeIds)))];
      const at = new Date(Date.UTC(2008, 0, 1) + Math.floor(Math.random() * 18 * 365 * 86_400_000)).toISOString();
      const content = {
        title: text(2, 5),
        summary: text(2, 22),
        body: text(4, 115),
        language: 'en',
        countries,
        themes,
        implementingPartners: [],
        period: { start: at.slice(0, 4), end: null },
        implementationStatus: pick(STATUSES),
        results: [],
        resources: [],
        contact: null,
      };
      const owner = owners[(done + i) % owners.length];
      const state = {
        status: 'PUBLISHED',
        id,
        ownerOrganizationId: owner,
        ownerCountry: null,
        working: content,
        published: content,
        translations: [],
        interestedOrganizations: [],
        changesRequested: null,
        draftedAt: at,
        updatedAt: at,
        publishedAt: at,
      };
      const regions = regionCodesOfCountries(countries);
      const gcmObjectives = themes.filter((t) => t.startsWith('gcm-'));
      const facets = facetValues({ themes, gcmObjectives, regions, countries, owner, implementationStatus: content.implementationStatus });
      return { id, state, content, owner, at, regions, facets };
    });
    await pool.query(
      `INSERT INTO practice_search (id, revision, visible, state, title, language, themes, gcm_objectives, regions, countries, owner_organization_id, implementation_status, published_at, facet_values, document, head)
       SELECT r->>'id', 2, true, r->'state', r->'content'->>'title', 'en',
         ARRAY(SELECT jsonb_array_elements_text(r->'content'->'themes')),
         ARRAY(SELECT t FROM jsonb_array_elements_text(r->'content'->'themes') t WHERE t LIKE 'gcm-%'),
         ARRAY(SELECT jsonb_array_elements_text(r->'regions')),
         ARRAY(SELECT jsonb_array_elements_text(r->'content'->'countries')),
         r->>'owner', r->'content'->>'implementationStatus', (r->>'at')::timestamptz, ARRAY(SELECT jsonb_array_elements_text(r->'facets')),
         setweight(to_tsvector('english', r->'content'->>'title'), 'A') || setweight(to_tsvector('english', r->'content'->>'summary'), 'B')
           || setweight(to_tsvector('english', r->'content'->>'body'), 'C'),
         setweight(to_tsvector('english', r->'content'->>'title'), 'A') || setweight(to_tsvector('english', r->'content'->>'summary'), 'B')
       FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(rows)],
    );
    if ((done / batch) % 10 === 9) console.log(`  generated ${done + rows.length} practices`);
  }
  process.stdout.write('\n  indexing\n');
  await pool.query(`CREATE INDEX practice_search_document ON practice_search USING GIN (document) WHERE visible`);
  await pool.query(`CREATE INDEX practice_search_themes ON practice_search USING GIN (themes) WHERE visible`);
  await pool.query(`CREATE INDEX practice_search_countries ON practice_search USING GIN (countries) WHERE visible`);
  await pool.query(`CREATE INDEX practice_search_regions ON practice_search USING GIN (regions) WHERE visible`);
  await pool.query(`VACUUM ANALYZE practice_search`);
}

/** A search a visitor could type: one or two topical words, sometimes narrowed by a country or a theme. */
function randomSearch(): { search: string; filter?: { countries?: string[]; themes?: string[] } } {
  const r = Math.random();
  if (r < 0.4) return { search: pick(TOPICAL) };
  if (r < 0.7) return { search: `${pick(TOPICAL)} ${pick(TOPICAL)}` };
  if (r < 0.85) return { search: pick(TOPICAL), filter: { countries: [pick(COUNTRIES)] } };
  return { search: pick(TOPICAL), filter: { themes: [pick(THEMES).id] } };
}

/**
 * The same kind of searches, but drawn as real traffic is: a few popular ones asked often
 * (Zipf, s = 1, over 2,000 distinct searches). Only this mix lets a result cache hit.
 */
const POPULAR = Array.from({ length: 2_000 }, () => randomSearch());
const ZIPF = POPULAR.reduce<number[]>((acc, _, i) => [...acc, (acc[i - 1] ?? 0) + 1 / (i + 1)], []);
function popularSearch(): ReturnType<typeof randomSearch> {
  const x = Math.random() * ZIPF[ZIPF.length - 1];
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return POPULAR[lo];
}

const QUERY = `query Search($search: String, $filter: PracticeFilter) {
  practices(search: $search, filter: $filter, first: 20) {
    totalCount
    edges { cursor node { id title summary countries themeIds publishedAt } }
    pageInfo { hasNextPage endCursor }
    facets { theme { value count } gcmObjective { value count } region { value count } country { value count } owner { value count } implementationStatus { value count } }
  }
}`;

/** `clients` loops, each issuing one request after the other for `seconds`; returns every latency (ms). */
async function closedLoop(clients: number, seconds: number, op: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const started = process.hrtime.bigint();
        await op();
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const db = await database();
  const dataDir = join(tmpdir(), `pfp-bench-${randomBytes(3).toString('hex')}`);
  const config = {
    ...loadConfig({ NODE_ENV: 'development', DEMO: 'false', LOG_LEVEL: 'warn', DATA_DIR: dataDir, SESSION_SECRET: 'bench-secret-0123456789abcdef0123' }),
    databaseUrl: db.url,
    port: 0,
  };
  const { app, url } = await startApp(config, [
    { module: IdentityModule, migrations: IDENTITY_MIGRATIONS },
    { module: PracticesModule, migrations: PRACTICES_MIGRATIONS },
  ]);
  // The same pool size as the app's TypeORM pool (pg's default, 10), so the ratio compares like with like.
  const pool = new Pool({ connectionString: db.url, max: 10 });
  try {
    console.log(`PostgreSQL: ${db.server}; ${PRACTICES.toLocaleString('en')} practices; ${SECONDS} s per measurement`);
    const [{ n }] = (await pool.query(`SELECT count(*)::int AS n FROM practice_search`)).rows;
    if (n < PRACTICES) await generate(pool, PRACTICES - n);

    const graphql = (searches: () => ReturnType<typeof randomSearch>) => async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: searches() }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const viaGraphQL = graphql(randomSearch);
    const viaSql = async () => {
      const request = { ...randomSearch(), orderBy: null, limit: 20, offset: 0 };
      const page = searchPageSql(request);
      const facets = searchFacetsSql(request);
      await Promise.all([pool.query(page.text, page.values), pool.query(facets.text, facets.values)]);
    };

    const cache = app.get(PracticeSearchCache);
    const results: Array<{ clients: number; gql: number[]; cached: number[]; popular: number[]; sql: number[] }> = [];
    for (const clients of CLIENTS) {
      cache.enabled = false;
      await closedLoop(clients, 2, viaGraphQL); // warm-up
      await closedLoop(clients, 2, viaSql);
      const gql = await closedLoop(clients, SECONDS, viaGraphQL);
      const sql = await closedLoop(clients, SECONDS, viaSql);
      cache.enabled = true;
      const cached = await closedLoop(clients, SECONDS, viaGraphQL);
      const popular = await closedLoop(clients, SECONDS, graphql(popularSearch));
      results.push({ clients, gql, cached, popular, sql });
      console.log(`  measured ${clients} client(s)`);
    }

    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    console.log('\n' + line(['clients', 'path', 'p50 ms', 'p95 ms', 'req/s', 'p95 vs SQL', `p95 <= ${TARGET_P95_MS} ms`]));
    console.log(line(Array(7).fill('---')));
    for (const r of results) {
      const sp95 = percentile(r.sql, 95);
      for (const [path, latencies] of [
        ['SQL directly (pg, 10 connections)', r.sql],
        ['GraphQL over HTTP, no cache', r.gql],
        ['GraphQL over HTTP, result cache', r.cached],
        ['GraphQL over HTTP, result cache, popular-search mix', r.popular],
      ] as const) {
        const p95 = percentile(latencies, 95);
        console.log(
          line([
            String(r.clients),
            path,
            percentile(latencies, 50).toFixed(1),
            p95.toFixed(1),
            (latencies.length / SECONDS).toFixed(0),
            latencies === r.sql ? '1.00x' : `${(p95 / sp95).toFixed(2)}x`,
            r.clients >= 50 ? (p95 <= TARGET_P95_MS ? 'met' : 'missed') : '-',
          ]),
        );
      }
    }
  } finally {
    await pool.end();
    await app.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
