// npm run bench:site [-- --runs=10 --dist=before:/path/to/old/apps/web/dist]
// One API process (apps/api/src/main.ts, demo data) on a database of its own, serving a build of
// the site (the tree's apps/web, built for the run into a directory of its own; each --dist=name:dir another
// build, served by a fresh API process on the same database, one after the other). Loads the home
// page in Chromium with a cold cache (a new browser context each time) `runs` times per build and
// network, on loopback and throttled to 1.6 Mbit/s with 150 ms round trips, and prints first
// contentful paint p50/p95 and the script the page loaded before its content showed: requests,
// bytes on the wire (compressed, with headers) and decoded.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { freePort } from '@pfp/testing';
import { launchChromium } from '../../web/browser';
import { spawnNode, stopNode, waitHttp } from './node-process';
import { scratchDatabase } from './scratch-database';

const ROOT = join(__dirname, '..', '..', '..');
const option = (name: string) => process.argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const RUNS = Number(option('runs')[0] ?? 10);
const out = (line: string) => process.stdout.write(`${line}\n`);

interface Network {
  name: string;
  /** CDP Network.emulateNetworkConditions, or null for loopback as it is. */
  conditions: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const NETWORKS: Network[] = [
  { name: 'loopback', conditions: null },
  { name: '1.6 Mbit/s, 150 ms RTT', conditions: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
];

interface Load {
  fcp: number;
  scripts: number;
  transferred: number;
  decoded: number;
}

/** One cold load of `/`: FCP, and the scripts fetched until the home page's figures are there. */
async function load(browser: Browser, origin: string, network: Network): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    if (network.conditions) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions });
    }
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 120_000 });
    // the home page has rendered (a heading in the app's root) and FCP is recorded
    await page
      .waitForFunction(
        () => (globalThis as unknown as { document: { querySelector(selector: string): unknown } }).document.querySelector('#root h1') !== null,
        undefined,
        {
          timeout: 60_000,
        },
      )
      .catch((error: Error) => {
        throw new Error(`${origin}/ did not render: ${errors.join('; ') || error.message}`);
      });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 60_000 });
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      // PerformanceResourceTiming's fields, without the DOM library in this (Node) tsconfig
      const entries = performance.getEntriesByType('resource') as unknown as Array<{
        name: string;
        initiatorType: string;
        transferSize: number;
        decodedBodySize: number;
      }>;
      const scripts = entries.filter((entry) => entry.initiatorType === 'script' || /\.m?js(\?|$)/.test(new URL(entry.name).pathname));
      return {
        fcp,
        scripts: scripts.length,
        transferred: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
        decoded: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      };
    });
  } finally {
    await context.close();
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  // the tree's site, built for this run (a spec building apps/web/dist meanwhile would empty it under the server)
  const current = mkdtempSync(join(tmpdir(), 'pfp-bench-site-dist-'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', join(ROOT, 'apps', 'web', 'codegen.ts')],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(ROOT, 'apps', 'web', 'vite.config.mts'),
      '--outDir',
      current,
      '--emptyOutDir',
    ],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  const builds: Array<[string, string]> = [
    ...option('dist').map((spec): [string, string] => {
      const at = spec.indexOf(':');
      return [spec.slice(0, at), resolve(spec.slice(at + 1))];
    }),
    ['current', current],
  ];
  for (const [name, dir] of builds) if (!existsSync(join(dir, 'index.html'))) throw new Error(`${name}: no index.html in ${dir}`);
  const db = await scratchDatabase('bench_site');
  const browser = await launchChromium();
  out(`bench:site: the home page, cold cache, ${RUNS} loads per build and network (Chromium ${CHROMIUM_NOTE}); rows as each is measured`);
  out('');
  out('| build | network | loads | FCP p50 ms | FCP p95 ms | script requests | script on the wire (p50) | script decoded |');
  out('|---|---|---|---|---|---|---|---|');
  try {
    for (const [name, dir] of builds) {
      const dataDir = mkdtempSync(join(tmpdir(), 'pfp-bench-site-'));
      const env = {
        DATABASE_URL: db.url,
        NODE_ENV: 'development',
        DEMO: 'true',
        LOG_LEVEL: 'warn',
        DATA_DIR: dataDir,
        WEB_DIST: dir,
        SESSION_SECRET: randomBytes(32).toString('hex'),
        RATE_LIMIT_REQUESTS: '100000000/60s',
      };
      const api = spawnNode('the API', 'apps/api/src/main.ts', env, await freePort());
      try {
        // the machine's PostgreSQL is shared: a start can meet "too many clients"; up to five tries, 10 s apart
        for (let attempt = 1; ; attempt++) {
          try {
            await waitHttp(api, '/health/ready', 180_000);
            break;
          } catch (error) {
            if (attempt === 5) throw error;
            process.stderr.write(`${name}: the API did not start (${String(error).split('\n')[0]}); trying again\n`);
            await stopNode(api);
            await new Promise((done) => setTimeout(done, 10_000));
            Object.assign(api, spawnNode('the API', 'apps/api/src/main.ts', env, api.port));
          }
        }
        const origin = `http://127.0.0.1:${api.port}`;
        // two loads first: the server's precompressed variants are ready and its caches warm; the browser stays cold
        for (let i = 0; i < 2; i++) await load(browser, origin, NETWORKS[0]);
        process.stderr.write(`${name}: measuring\n`);
        for (const network of NETWORKS) {
          const loads: Load[] = [];
          for (let i = 0; i < RUNS; i++) loads.push(await load(browser, origin, network));
          const fcp = loads.map((l) => l.fcp);
          const last = loads[loads.length - 1];
          out(
            `| ${name} | ${network.name} | ${RUNS} | ${percentile(fcp, 50).toFixed(0)} | ${percentile(fcp, 95).toFixed(0)} | ${last.scripts} | ${kb(
              percentile(
                loads.map((l) => l.transferred),
                50,
              ),
            )} | ${kb(last.decoded)} |`,
          );
        }
      } finally {
        await stopNode(api);
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    await db.drop().catch(() => undefined);
    rmSync(current, { recursive: true, force: true });
  }
}

const CHROMIUM_NOTE = 'headless, /usr/bin/chromium';

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
