import type { EventStore } from './event-store';
import type { GlobalPosition } from './types';
import { START } from './types';

/**
 * The head of the log once nothing committed is held back behind an append of the store
 * still in flight (on PostgreSQL; other transactions of the cluster never hold it back).
 * Use it for "everything written so far", e.g. waiting for the demo seed; plain
 * `headPosition()` is only the last event readable at this instant.
 */
export async function settledHeadPosition(store: EventStore, timeoutMs = 10_000): Promise<GlobalPosition> {
  await waitUntilSettled(store, START, timeoutMs);
  return store.headPosition();
}

/** Waits (bounded) until no committed event after `after` is held back from readers. */
export async function waitUntilSettled(store: EventStore, after: GlobalPosition = START, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await store.hasHeldBackEvents?.(after)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
  }
}
