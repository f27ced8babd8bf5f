import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@pfp/config';
import { gracefulShutdown } from '@pfp/observability';
import { startProjector } from './projector';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app } = await startProjector(config);
  let stopping = false;
  // SIGTERM: each consumer finishes its batch and releases its advisory lock, so a standby takes over at once.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      setTimeout(() => process.exit(1), 25_000).unref();
      gracefulShutdown(app, signal, { drainTimeoutMs: 2000 })
        .then(() => process.exit(0))
        .catch(() => process.exit(1));
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    new Logger('Projector').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
