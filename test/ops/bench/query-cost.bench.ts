// npm run bench:query-cost [-- --seconds=15]
// One API process (apps/api/src/main.ts, demo data) on a database of its own in this machine's
// PostgreSQL (DATABASE_URL's cluster, else postgres://postgres@127.0.0.1:5432). Measures the site's
// practices list query (p50/p95) alone, then while four clients send abusive queries in loops:
// four times 1,000 aliases of platformStats (the issue's case), then one each of aliases, deep
// nesting, a huge token count and a wide listing. Prints what the abusive queries were answered
// (data or the error code) and the machine's load average beside each row.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PracticesDocument } from '../../../apps/web/src/gql/graphql';
import { spawnApi, stopNode, waitHttp } from './node-process';
import { scratchDatabase } from './scratch-database';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 15);
const out = (line: string) => process.stdout.write(`${line}\n`);

/** The site's practices list, as the site sends it (apps/web/src/pages/practices/documents.ts). */
const ORDINARY = String(PracticesDocument);

const ABUSIVE: Record<string, string> = {
  // one field each keeps the body (43 KB) under the JSON body limit (100 KB); each alias is a new PlatformStats, its own SQL
  aliases: `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: platformStats { practicesPublished }`).join(' ')} }`,
  // the schema has no cycle outside introspection: nest through __Type.ofType, 300 levels
  deep: `{ __type(name: "Practice") { ${'name kind ofType { '.repeat(300)}name${' }'.repeat(300)} } }`,
  // 8,000 times the same field: the parser reads them all and field merging compares them pairwise
  tokens: `{ ${'__typename '.repeat(8000)}}`,
  // the largest page with every field and each row's owner looked up
  wide: `{ practices(first: 100) { edges { node { id title summary body bodyHtml countries countryNames implementationStatus owner { id name kind country } themes { id label } regions { code name } } } } }`,
};

interface Answer {
  ms: number;
  outcome: string;
  message?: string;
}

async function post(port: number, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      // a non-simple content type: Apollo's CSRF prevention lets it through
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    try {
      const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
      if (body.errors?.length) return { ms, outcome: String(body.errors[0].extensions?.code ?? 'ERROR'), message: body.errors[0].message };
      return { ms, outcome: res.status === 200 && body.data ? 'data' : `HTTP ${res.status}` };
    } catch {
      return { ms, outcome: `HTTP ${res.status}` };
    }
  } catch (error) {
    return { ms: performance.now() - started, outcome: (error as Error).name };
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function tally(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(a.outcome, (counts.get(a.outcome) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} x${n}`).join(', ');
}

interface Row {
  scenario: string;
  ordinary: Answer[];
  abusive: Answer[];
  load: number;
}

/** The ordinary query in a loop for SECONDS while `abusers` send theirs in loops of their own. */
async function measure(port: number, scenario: string, abusers: string[]): Promise<Row> {
  let running = true;
  const abusive: Answer[] = [];
  const loops = abusers.map(async (name) => {
    while (running) abusive.push(await post(port, ABUSIVE[name]));
  });
  if (abusers.length > 0) await new Promise((r) => setTimeout(r, 1000)); // let the abusers get going
  const ordinary: Answer[] = [];
  const until = Date.now() + SECONDS * 1000;
  while (Date.now() < until) ordinary.push(await post(port, ORDINARY, { first: 20 }));
  const load = loadavg()[0];
  running = false;
  await Promise.all(loops);
  return { scenario, ordinary, abusive, load };
}

async function main(): Promise<void> {
  const db = await scratchDatabase('bench_query_cost');
  const dataDir = mkdtempSync(join(tmpdir(), 'pfp-bench-qc-'));
  const api = await spawnApi({ databaseUrl: db.url, dataDir });
  const { port } = api;
  try {
    await waitHttp(api, '/health/ready', 180_000);
    const probe = await post(port, ORDINARY, { first: 20 });
    if (probe.outcome !== 'data') throw new Error(`the ordinary query fails: ${probe.outcome}`);
    for (let i = 0; i < 20; i++) await post(port, ORDINARY, { first: 20 }); // warm-up
    out(`bench:query-cost on ${db.where}, ${SECONDS} s per scenario, ordinary query = the site's practices list (first: 20)`);
    out(
      `abusive: aliases = 1,000 aliases of platformStats (${ABUSIVE.aliases.length} chars); deep = 300 nested ofType; tokens = 8,000 __typename; wide = practices(first: 100) with owners`,
    );

    const rows = [
      await measure(port, 'alone', []),
      await measure(port, '4 x aliases', ['aliases', 'aliases', 'aliases', 'aliases']),
      await measure(port, 'aliases + deep + tokens + wide', ['aliases', 'deep', 'tokens', 'wide']),
    ];
    out('');
    out('| scenario | ordinary n | p50 ms | p95 ms | max ms | load avg (1 min) | abusive answers | abusive p50 ms |');
    out('|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const ms = r.ordinary.map((a) => a.ms);
      const failed = r.ordinary.filter((a) => a.outcome !== 'data').length;
      out(
        `| ${r.scenario} | ${r.ordinary.length}${failed ? ` (${failed} failed)` : ''} | ${percentile(ms, 50).toFixed(1)} | ${percentile(ms, 95).toFixed(1)} | ${Math.max(...ms).toFixed(1)} | ${r.load.toFixed(2)} | ${tally(r.abusive) || '-'} | ${
          r.abusive.length
            ? percentile(
                r.abusive.map((a) => a.ms),
                50,
              ).toFixed(1)
            : '-'
        } |`,
      );
    }
    const perKind = new Map<string, Answer>();
    for (const name of Object.keys(ABUSIVE)) perKind.set(name, await post(port, ABUSIVE[name]));
    out('');
    out(
      `each abusive query alone: ${[...perKind].map(([k, a]) => `${k} ${a.outcome}${a.message ? ` ("${a.message.slice(0, 120)}")` : ''} in ${a.ms.toFixed(0)} ms`).join('; ')}`,
    );
  } finally {
    await stopNode(api);
    await db.drop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
