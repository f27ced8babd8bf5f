import type { CheckpointStore, EventStore, GlobalPosition, TransactionRunner } from '@pfp/event-store';

/**
 * The live publisher's checkpoint when one process publishes for all (Redis): the shared SQL
 * checkpoint, read so that a new publisher resumes where the last one stopped unless that is
 * more than `maxReplay` events back (or it never ran): then it moves the checkpoint to the
 * head first, through the same store, and starts there. Live news that old are not news
 * (feeds and digests still have them).
 */
export function resumableCheckpoints<Tx>(
  base: CheckpointStore<Tx>,
  transactions: TransactionRunner<Tx>,
  store: EventStore,
  maxReplay: number,
  warn: (message: string) => void,
): CheckpointStore<Tx> {
  return {
    write: (tx, consumer, expected, next) => base.write(tx, consumer, expected, next),
    async read(consumer) {
      for (;;) {
        const stored = await base.read(consumer);
        if (stored) {
          const gap = await store.readAll({ after: stored, maxCount: maxReplay + 1 });
          if (gap.length <= maxReplay) return stored;
          warn(`more than ${maxReplay} events since the last live publication: starting from the head`);
        }
        const head = await store.headPosition();
        if (await transactions.transaction((tx) => base.write(tx, consumer, stored, head))) return head;
      }
    },
  };
}

/** One process publishing for its own subscribers (in-memory pub/sub): from the head at boot, then where it got to. */
export function processCheckpoints(store: EventStore): { transactions: TransactionRunner<null>; checkpoints: CheckpointStore<null> } {
  let position: GlobalPosition | null = null;
  return {
    transactions: { transaction: (work) => work(null) },
    checkpoints: {
      read: async () => (position ??= await store.headPosition()),
      write: async (_tx, _consumer, _expected, next) => {
        position = next;
        return true;
      },
    },
  };
}
