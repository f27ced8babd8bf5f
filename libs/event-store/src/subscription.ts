import type { EventStore } from './event-store';
import type { GlobalPosition, RecordedEvent } from './types';
import { START } from './types';
import { HELD_BACK_RETRY_MS, Wakeup } from './wakeup';

export interface SubscriptionOptions {
  /** Exclusive. Defaults to the start of the log. */
  after?: GlobalPosition;
  batchSize?: number;
  /** Fallback when no wake-up arrives (another process's rollback sends none). */
  pollIntervalMs?: number;
}

export interface Subscription {
  readonly position: GlobalPosition;
  /** Resolves when the loop ends: after stop(), or rejects with the handler's error. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Catch-up subscription to the global log: reads from `after`, then follows new events,
 * woken by the store and polling as a fallback. Events reach the handler one batch at a
 * time, in order; a handler error ends the subscription (it never skips).
 */
export function subscribeToAll(store: EventStore, handler: (events: RecordedEvent[]) => Promise<void> | void, options: SubscriptionOptions = {}): Subscription {
  const wakeup = new Wakeup();
  const unlisten = store.onAppended(wakeup.wake);
  const batchSize = options.batchSize ?? 1000;
  const poll = options.pollIntervalMs ?? 500;
  let position = options.after ?? START;
  let running = true;

  const done = (async () => {
    try {
      while (running) {
        let events = await store.readAll({ after: position, maxCount: batchSize });
        if (!running) break;
        if (events.length === 0) {
          const held = await store.hasHeldBackEvents?.(position);
          // an append that held events back may have rolled back (announcing nothing) since the read
          if (held === false) events = await store.readAll({ after: position, maxCount: batchSize });
          if (events.length === 0) {
            await wakeup.wait(held ? HELD_BACK_RETRY_MS : poll);
            continue;
          }
        }
        await handler(events);
        position = events[events.length - 1].position;
      }
    } finally {
      unlisten();
    }
  })();
  done.catch(() => undefined);

  return {
    get position() {
      return position;
    },
    done,
    async stop() {
      running = false;
      wakeup.wake();
      await done.catch(() => undefined);
    },
  };
}
