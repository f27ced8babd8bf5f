import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@pfp/config';
import { EmbeddedPostgresError } from '@pfp/database';
import { gracefulShutdown } from '@pfp/observability';
import { startApp } from './create-app';

/** Past this, a shutdown that hangs (a stuck query, a client that never reads) ends the process anyway. */
const HARD_EXIT_MS = 25_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const { app } = await startApp(config);
  const logger = new Logger('Shutdown');
  let stopping = false;
  // SIGTERM/SIGINT: readiness 503 and new requests refused, in-flight commands finish, consumers
  // release their advisory locks (a standby projector takes over), pools close, embedded PostgreSQL stops.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      setTimeout(() => {
        logger.error(`still not stopped ${HARD_EXIT_MS} ms after ${signal}: exiting`);
        process.exit(1);
      }, HARD_EXIT_MS).unref();
      gracefulShutdown(app, signal, { drainTimeoutMs: 10_000, log: (message) => logger.log(message) })
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
          process.exit(1);
        });
    });
  }
}

main().catch((error: unknown) => {
  // What an operator can fix is said plainly, without a stack.
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof EmbeddedPostgresError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    new Logger('Api').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
