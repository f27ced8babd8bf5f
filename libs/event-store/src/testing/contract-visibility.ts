import type { EventStore } from '../event-store';
import { subscribeToAll } from '../subscription';
import type { RecordedEvent } from '../types';
import type { ContractHarness } from './contract';
import { event, stream, waitUntil } from './contract-helpers';

/** A subscriber that records what it got and counts how often it read the log. */
function watch(store: EventStore, pollIntervalMs: number) {
  const seen: RecordedEvent[] = [];
  let reads = 0;
  const counted: EventStore = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (key === 'readAll' || key === 'readAllPage') reads++;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const subscription = subscribeToAll(counted, (events) => void seen.push(...events), { pollIntervalMs });
  return {
    seen,
    types: () => seen.map((e) => e.type),
    /** Resolves after the subscriber has read the log `n` more times: a wait on progress, not on the clock. */
    async readsMore(n: number) {
      const target = reads + n;
      await waitUntil(() => reads >= target, 10_000);
    },
    stop: () => subscription.stop(),
  };
}

/** Which transactions hold readers back: only the store's own appends, never anyone else's. */
export function visibilityContract(harness: () => ContractHarness): void {
  describe('visibility of the global log', () => {
    it.each(['other database', 'same database'] as const)('does not delay delivery while a foreign write transaction stays open in the %s', async (where) => {
      const h = harness();
      if (!h.holdOtherTransaction) return; // no transactions
      const w = watch(h.store, 50);
      await h.store.appendToStream(stream(), [event('Before')]);
      await waitUntil(() => w.seen.length === 1);
      const foreign = await h.holdOtherTransaction(where);
      try {
        const appended = await h.store.appendToStream(stream(), [event('DuringForeign')]);
        // delivered, and the head moved, while the foreign transaction is still open
        await waitUntil(() => w.seen.length === 2, 10_000);
        expect(await h.store.headPosition()).toEqual(appended.position);
        expect(await h.store.hasHeldBackEvents?.(appended.position)).toBe(false);
        await w.readsMore(3); // kept open past several more polls: still nothing held back
        expect(w.types()).toEqual(['Before', 'DuringForeign']);
      } finally {
        await foreign.end();
        await w.stop();
      }
    });

    it('holds later events back while a store append is open, then delivers it in order, once', async () => {
      const h = harness();
      if (!h.holdAppend) return;
      const w = watch(h.store, 60_000); // no polling: only wake-ups and the held-back retry
      await h.store.appendToStream(stream(), [event('Before')]);
      await waitUntil(() => w.seen.length === 1);
      const slow = await h.holdAppend(stream(), [event('Slow')]);
      const newer = await h.store.appendToStream(stream(), [event('Newer')]);
      expect(await h.store.hasHeldBackEvents?.(w.seen[0].position)).toBe(true);
      expect(newer.position).not.toEqual(await h.store.headPosition());
      await w.readsMore(5); // the subscriber keeps retrying; the newer event must not overtake
      expect(w.types()).toEqual(['Before']);
      await slow.commit();
      await waitUntil(() => w.seen.length >= 3);
      // a transaction that takes its positions after the subscriber moved past newer events
      const later = await h.holdAppend(stream(), [event('LateCommit')]);
      await h.store.appendToStream(stream(), [event('Meanwhile')]);
      await later.commit();
      // a last event proves nothing else was on its way before it
      await h.store.appendToStream(stream(), [event('Sentinel')]);
      await waitUntil(() => w.seen.some((e) => e.type === 'Sentinel'));
      await w.stop();
      expect(w.types()).toEqual(['Before', 'Slow', 'Newer', 'LateCommit', 'Meanwhile', 'Sentinel']);
      expect(new Set(w.seen.map((e) => e.id)).size).toBe(6);
    });

    it('does not stall when a store append rolls back, with no wake-up for the rollback', async () => {
      const h = harness();
      if (!h.holdAppend) return;
      const w = watch(h.store, 60_000);
      await h.store.appendToStream(stream(), [event('First')]);
      await waitUntil(() => w.seen.length === 1);
      const held = await h.holdAppend(stream(), [event('RolledBack')]);
      await h.store.appendToStream(stream(), [event('HeldBack')]); // its wake-up comes while it is unreadable
      await w.readsMore(2);
      expect(w.types()).toEqual(['First']);
      await held.rollback(); // appends nothing, so nobody announces anything
      await waitUntil(() => w.seen.length >= 2, 5_000);
      await w.stop();
      expect(w.types()).toEqual(['First', 'HeldBack']);
    });
  });
}
