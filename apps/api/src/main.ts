import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@pfp/config';
import { startApp } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app } = await startApp(config);
  // SIGTERM/SIGINT: stop accepting, finish in-flight requests, close the pool, stop the embedded PostgreSQL.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    new Logger('Api').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
