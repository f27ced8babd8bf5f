import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { Lifecycle } from './lifecycle';

export interface GracefulShutdownOptions {
  /** Longest wait for requests already accepted (commands in flight) before closing anyway. */
  drainTimeoutMs?: number;
  log?: (message: string) => void;
}

/**
 * Stops taking traffic (readiness 503, new requests refused, the listener closed), lets the
 * requests in flight finish, then closes the app: consumers finish their batch and release
 * their advisory locks (a standby takes over at once), pools close, an embedded PostgreSQL stops.
 */
export async function gracefulShutdown(app: INestApplication, signal: string, options: GracefulShutdownOptions = {}): Promise<void> {
  const log = options.log ?? (() => undefined);
  const lifecycle = app.get(Lifecycle, { strict: false });
  lifecycle.startDraining();
  // New requests now get 503 with Connection: close (the listener itself is closed by app.close,
  // which also closes the graphql-ws server bound to it); idle keep-alive sockets go at once.
  const server = app.getHttpServer() as Server;
  server.closeIdleConnections?.();
  const inFlight = lifecycle.requestsInFlight;
  const idle = await lifecycle.whenIdle(options.drainTimeoutMs ?? 10_000);
  log(`${signal}: ${inFlight} request(s) were in flight; ${idle ? 'all finished' : 'gave up waiting'}; closing`);
  await app.close();
}
