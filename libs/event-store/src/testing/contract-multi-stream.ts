import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '../errors';
import type { EventStore } from '../event-store';
import type { StreamAppend } from '../types';
import { NO_STREAM } from '../types';
import { event, settledLog, stream } from './contract-helpers';

/** appendToStreams: all streams or none, each revision checked, idempotent by event id. */
export function multiStreamContract(store: () => EventStore): void {
  describe('appending to several streams at once', () => {
    it('refuses plainly where the backend cannot, writing nothing', async () => {
      if (store().supportsMultiStreamAppend) return;
      const a = stream();
      await expect(store().appendToStreams([{ streamName: a, events: [event()] }])).rejects.toThrow(/cannot append to 1 streams atomically/);
      expect(await store().readStream(a)).toEqual([]);
    });

    it('writes both streams together, each at its revision', async () => {
      if (!store().supportsMultiStreamAppend) return;
      const [a, b] = [stream('order'), stream('stock')];
      await store().appendToStream(b, [event('Stocked')]);
      const results = await store().appendToStreams([
        { streamName: a, events: [event('Ordered'), event('Priced')], options: { expectedRevision: NO_STREAM } },
        { streamName: b, events: [event('Reserved')], options: { expectedRevision: 0 } },
      ]);
      expect(results.map((r) => r.nextExpectedRevision)).toEqual([1, 1]);
      expect((await store().readStream(a)).map((e) => e.type)).toEqual(['Ordered', 'Priced']);
      expect((await store().readStream(b)).map((e) => e.type)).toEqual(['Stocked', 'Reserved']);
      const log = (await settledLog(store(), { maxCount: 100_000 })).filter((e) => e.streamName === a || e.streamName === b);
      expect(log.map((e) => e.type)).toEqual(['Stocked', 'Ordered', 'Priced', 'Reserved']);
      expect(log[log.length - 1].position).toEqual(results[1].position);
    });

    it("leaves the first stream untouched when the second stream's revision is stale", async () => {
      if (!store().supportsMultiStreamAppend) return;
      const [a, b] = [stream(), stream()];
      await store().appendToStream(b, [event(), event()]);
      const refused = await store()
        .appendToStreams([
          { streamName: a, events: [event('First')] },
          { streamName: b, events: [event('Second')], options: { expectedRevision: 0 } },
        ])
        .catch((e) => e);
      expect(refused).toBeInstanceOf(ConcurrencyError);
      expect(refused).toMatchObject({ streamName: b, expected: 0, actual: 1 });
      expect(await store().readStream(a)).toEqual([]);
      expect(await store().readStream(b)).toHaveLength(2);
      // and the first stream can still be created afresh
      await store().appendToStream(a, [event()], { expectedRevision: NO_STREAM });
    });

    it('returns the original results to a retry with the same event ids, writing nothing twice', async () => {
      if (!store().supportsMultiStreamAppend) return;
      const [a, b] = [stream(), stream()];
      const appends: StreamAppend[] = [
        { streamName: a, events: [{ ...event(), id: randomUUID() }], options: { expectedRevision: NO_STREAM } },
        {
          streamName: b,
          events: [
            { ...event(), id: randomUUID() },
            { ...event(), id: randomUUID() },
          ],
          options: { expectedRevision: NO_STREAM },
        },
      ];
      const first = await store().appendToStreams(appends);
      expect(await store().appendToStreams(appends)).toEqual(first);
      const racing = await Promise.all(Array.from({ length: 4 }, () => store().appendToStreams(appends.map((x) => ({ ...x, options: {} })))));
      for (const r of racing) expect(r).toEqual(first);
      expect(await store().readStream(a)).toHaveLength(1);
      expect(await store().readStream(b)).toHaveLength(2);
    });
  });
}
