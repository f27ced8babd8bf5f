import { randomUUID } from 'node:crypto';
import type { EventStore } from '../event-store';
import { waitUntilSettled } from '../settled';
import type { NewEvent, ReadAllOptions, RecordedEvent } from '../types';

export const event = (type = 'Happened', data: unknown = { n: 1 }): NewEvent => ({ type, data });
export const stream = (category = 'test') => `${category}-${randomUUID()}`;

/**
 * The log as a reader sees it once nothing committed is held back (on PostgreSQL: behind
 * an append of the store still in flight), so a test reads what it just appended.
 */
export async function settledLog(store: EventStore, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
  await waitUntilSettled(store, options.after);
  return store.readAll(options);
}

export async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
