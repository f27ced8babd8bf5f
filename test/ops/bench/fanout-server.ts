// The API for the fan-out benchmark, in a process of its own so that the subscribers' sockets
// do not share its event loop. Prints {"url": ...} once listening; stops on SIGTERM.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@pfp/config';
import { startApp } from '../../../apps/api/src/create-app';

async function main(): Promise<void> {
  const config = {
    ...loadConfig({
      NODE_ENV: 'development',
      DEMO: 'true',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'bench-session-secret-0123456789abcdef',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'pfp-fanout-')),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    }),
    databaseUrl: process.env.BENCH_DATABASE_URL!,
    port: 0,
  };
  const { app, url } = await startApp(config);
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
