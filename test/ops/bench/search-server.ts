// An API for bench:search, in a process of its own (several may run, as production runs one per core): the whole app on
// BENCH_DATABASE_URL, rate limits lifted, configured as development while NODE_ENV=production (graphql-js's production
// checks). Prints {"url": ...} once listening (its search index built); on stdin, a line `set {"index":bool,
// "answerCache":bool,"resultCache":bool}` chooses the search path (of practices and of the one search alike) and prints {"ok":true}, and `cpu` prints {"cpuMs": n},
// this process's CPU since the last `cpu` (each answer a line after PROTOCOL_MARK). Stops on SIGTERM.
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pfp/config';
import { PracticeSearchCache, PracticeSearchIndex } from '@pfp/practices';
import { SearchDocumentsIndex } from '@pfp/discovery';
import { startApp } from '../../../apps/api/src/create-app';
import { PROTOCOL_MARK } from './search-remote';

/** A line of the protocol, marked: the app logs JSON lines on the same stdout (a warning at start, for one). */
const answer = (value: object) => process.stdout.write(`${PROTOCOL_MARK}${JSON.stringify(value)}\n`);

async function main(): Promise<void> {
  const config = {
    ...loadConfig({
      NODE_ENV: 'development',
      DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATA_DIR: join(tmpdir(), `pfp-bench-search-${process.pid}`),
      SESSION_SECRET: 'bench-secret-0123456789abcdef0123',
      RATE_LIMIT_REQUESTS: '100000000/60s',
    }),
    databaseUrl: process.env.BENCH_DATABASE_URL!,
    port: 0,
  };
  const { app, url } = await startApp(config);
  const index = app.get(PracticeSearchIndex);
  const unified = app.get(SearchDocumentsIndex);
  const cache = app.get(PracticeSearchCache);
  let cpu = process.cpuUsage();
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.startsWith('set ')) {
      const set = JSON.parse(line.slice(4)) as { index: boolean; answerCache: boolean; resultCache: boolean };
      index.enabled = unified.enabled = set.index;
      index.cacheEnabled = unified.cacheEnabled = set.answerCache;
      cache.enabled = set.resultCache;
      answer({ ok: true });
    } else if (line.trim() === 'cpu') {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      answer({ cpuMs: (used.user + used.system) / 1000 });
    }
  });
  answer({ url });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
