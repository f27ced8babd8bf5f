import { randomUUID } from 'node:crypto';
import type { EventStore } from '../event-store';
import { ConcurrencyError, DuplicateEventIdError, InvalidAppendError } from '../errors';
import { settledHeadPosition } from '../settled';
import { subscribeToAll } from '../subscription';
import type { ExpectedRevision, NewEvent, RecordedEvent } from '../types';
import { NO_STREAM, STREAM_EXISTS, comparePositions } from '../types';
import type { Upcaster } from '../upcasting';
import { Upcasters } from '../upcasting';
import { event, settledLog, stream } from './contract-helpers';
import { multiStreamContract } from './contract-multi-stream';
import { visibilityContract } from './contract-visibility';

/** An append held inside an open transaction, to commit or roll back later. */
export interface HeldAppend {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export interface ContractHarness {
  store: EventStore;
  /** Adapters with transactions: append without committing yet. */
  holdAppend?: (streamName: string, events: NewEvent[]) => Promise<HeldAppend>;
  /**
   * Adapters with transactions: an open write transaction that is not the store's (a
   * projection's, another application's), in the store's database or another one.
   */
  holdOtherTransaction?: (where: 'same database' | 'other database') => Promise<{ end(): Promise<void> }>;
  teardown(): Promise<void>;
}

export type HarnessFactory = (options: { upcasters?: Upcasters }) => Promise<ContractHarness>;

/** The guarantees every adapter must keep. Run it from each adapter's spec. */
export function eventStoreContract(adapter: string, factory: HarnessFactory): void {
  describe(`event store contract: ${adapter}`, () => {
    let h: ContractHarness;
    beforeEach(async () => {
      h = await factory({});
    });
    afterEach(async () => {
      await h.teardown();
    });

    multiStreamContract(() => h.store);

    describe('appending and reading a stream', () => {
      it('reads a stream forwards and backwards from a revision', async () => {
        const s = stream();
        const result = await h.store.appendToStream(
          s,
          [0, 1, 2, 3, 4].map((n) => event('Counted', { n })),
        );
        expect(result.nextExpectedRevision).toBe(4);
        const forwards = await h.store.readStream(s, { fromRevision: 2 });
        expect(forwards.map((e) => [e.revision, (e.data as { n: number }).n])).toEqual([
          [2, 2],
          [3, 3],
          [4, 4],
        ]);
        const backwards = await h.store.readStream(s, { direction: 'backwards', fromRevision: 3, maxCount: 2 });
        expect(backwards.map((e) => e.revision)).toEqual([3, 2]);
        const lastOne = await h.store.readStream(s, { direction: 'backwards', maxCount: 1 });
        expect(lastOne.map((e) => e.revision)).toEqual([4]);
        expect(await h.store.readStream(stream())).toEqual([]);
      });

      it('stores full metadata with every event, taking the command context', async () => {
        const s = stream();
        const context = {
          actor: { accountId: 'account-1', organizationId: 'organization-mx' },
          correlationId: randomUUID(),
          causationId: randomUUID(),
          commandId: randomUUID(),
          occurredAt: '2011-12-01T09:00:00.000Z',
        };
        const id = randomUUID();
        await h.store.appendToStream(s, [{ ...event(), id, schemaVersion: 2 }, event()], { context });
        const [first, second] = await h.store.readStream(s);
        expect(first.metadata).toEqual({ eventId: id, schemaVersion: 2, ...context });
        expect(first.id).toBe(id);
        expect(first.schemaVersion).toBe(2);
        expect(second.metadata).toMatchObject({ ...context, schemaVersion: 1 });
        const defaults = stream();
        await h.store.appendToStream(defaults, [event()]);
        const [plain] = await h.store.readStream(defaults);
        expect(plain.metadata.actor).toBeNull();
        expect(plain.metadata.commandId).toMatch(/^[0-9a-f-]{36}$/);
        expect(plain.metadata.correlationId).toBe(plain.metadata.commandId);
        expect(Number.isNaN(Date.parse(plain.metadata.occurredAt))).toBe(false);
      });

      it('round-trips Arabic and other non-Latin text exactly', async () => {
        const texts = {
          ar: 'التدريب على حماية الأطفال المهاجرين غير المصحوبين بذويهم',
          zh: '移民与发展全球论坛',
          ru: 'Глобальный форум по миграции и развитию',
          hi: 'प्रवासन और विकास',
          mixed: 'GFMD ‏٢٠١١‏ — «Genève» ✓ 👩🏽‍💼 e\u0301',
          quotes: `"'\\ \n\t`,
        };
        const s = `practice-${randomUUID()}-ممارسة`;
        await h.store.appendToStream(s, [event('Translated', texts)], { context: { actor: { accountId: 'حساب', organizationId: '组织' } } });
        const [read] = await h.store.readStream(s);
        expect(read.data).toEqual(texts);
        expect(read.streamName).toBe(s);
        expect(read.metadata.actor).toEqual({ accountId: 'حساب', organizationId: '组织' });
        const all = await settledLog(h.store, { maxCount: 10_000 });
        expect(all.find((e) => e.id === read.id)?.data).toEqual(texts);
      });
    });

    describe('expected revision', () => {
      it('enforces NO_STREAM', async () => {
        const s = stream();
        await h.store.appendToStream(s, [event()], { expectedRevision: NO_STREAM });
        await expect(h.store.appendToStream(s, [event()], { expectedRevision: NO_STREAM })).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await h.store.readStream(s)).toHaveLength(1);
      });

      it('enforces STREAM_EXISTS', async () => {
        const s = stream();
        await expect(h.store.appendToStream(s, [event()], { expectedRevision: STREAM_EXISTS })).rejects.toBeInstanceOf(ConcurrencyError);
        expect(await h.store.readStream(s)).toHaveLength(0);
        await h.store.appendToStream(s, [event()]);
        await h.store.appendToStream(s, [event()], { expectedRevision: STREAM_EXISTS });
        expect(await h.store.readStream(s)).toHaveLength(2);
      });

      it('enforces an exact revision and says what it found', async () => {
        const s = stream();
        await h.store.appendToStream(s, [event(), event()]);
        const refused = await h.store.appendToStream(s, [event()], { expectedRevision: 0 }).catch((e) => e);
        expect(refused).toBeInstanceOf(ConcurrencyError);
        expect(refused).toMatchObject({ kind: 'CONFLICT', code: 'EVENT_STORE.WRONG_EXPECTED_REVISION', expected: 0, actual: 1 });
        await expect(h.store.appendToStream(stream(), [event()], { expectedRevision: 0 })).rejects.toMatchObject({ actual: 'NO_STREAM' });
        expect((await h.store.appendToStream(s, [event()], { expectedRevision: 1 })).nextExpectedRevision).toBe(2);
      });

      it('lets exactly one of racing writers on one expected revision win; positions stay contiguous', async () => {
        const s = stream();
        await h.store.appendToStream(s, [event()]);
        const results = await Promise.allSettled(
          Array.from({ length: 12 }, (_, i) => h.store.appendToStream(s, [event('Raced', { i }), event('Raced', { i })], { expectedRevision: 0 })),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(11);
        for (const l of lost) expect(l.reason).toBeInstanceOf(ConcurrencyError);
        const events = await h.store.readStream(s);
        expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
        expect(new Set(events.slice(1).map((e) => (e.data as { i: number }).i)).size).toBe(1);
      });

      it('never surfaces a conflict for ANY under contention', async () => {
        const s = stream();
        const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => h.store.appendToStream(s, [event('Any', { i })])));
        expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
        const events = await h.store.readStream(s);
        expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 40 }, (_, i) => i));
        expect(new Set(events.map((e) => (e.data as { i: number }).i)).size).toBe(40);
      });
    });

    describe('idempotence', () => {
      it('does not duplicate a retried append with the same event ids', async () => {
        const s = stream();
        const batch = [
          { ...event(), id: randomUUID() },
          { ...event(), id: randomUUID() },
        ];
        const first = await h.store.appendToStream(s, batch, { expectedRevision: NO_STREAM });
        const again = await h.store.appendToStream(s, batch, { expectedRevision: NO_STREAM });
        const anyAgain = await h.store.appendToStream(s, batch);
        expect(again).toEqual(first);
        expect(anyAgain).toEqual(first);
        expect(await h.store.readStream(s)).toHaveLength(2);
        const racing = await Promise.all(Array.from({ length: 5 }, () => h.store.appendToStream(s, [{ ...event(), id: batch[0].id.replace(/.$/, 'f') }])));
        expect(new Set(racing.map((r) => r.nextExpectedRevision)).size).toBe(1);
      });

      it('refuses event ids already stored by another append', async () => {
        const id = randomUUID();
        await h.store.appendToStream(stream(), [{ ...event(), id }]);
        const other = stream();
        await expect(h.store.appendToStream(other, [{ ...event(), id }])).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(await h.store.readStream(other)).toEqual([]);
      });
    });

    describe('bad input gets a typed error and writes nothing', () => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      const cases: [string, () => [string, NewEvent[], ExpectedRevision?], string][] = [
        ['an empty stream name', () => ['', [event()]], 'EVENT_STORE.INVALID_STREAM_NAME'],
        ['a blank stream name', () => ['   ', [event()]], 'EVENT_STORE.INVALID_STREAM_NAME'],
        ['a function in the data', () => [stream(), [event('X', { f: () => 1 })]], 'EVENT_STORE.NOT_JSON'],
        ['a BigInt in the data', () => [stream(), [event('X', { n: 1n })]], 'EVENT_STORE.NOT_JSON'],
        ['a circular object', () => [stream(), [event('X', circular)]], 'EVENT_STORE.NOT_JSON'],
        ['a Date object', () => [stream(), [event('X', { at: new Date() })]], 'EVENT_STORE.NOT_JSON'],
        ['NaN', () => [stream(), [event('X', { n: NaN })]], 'EVENT_STORE.NOT_JSON'],
        ['undefined data', () => [stream(), [{ type: 'X', data: undefined }]], 'EVENT_STORE.NOT_JSON'],
        ['a NUL character', () => [stream(), [event('X', { s: 'a\u0000b' })]], 'EVENT_STORE.NOT_JSON'],
        ['a negative revision', () => [stream(), [event()], -1], 'EVENT_STORE.INVALID_REVISION'],
        ['a fractional revision', () => [stream(), [event()], 1.5], 'EVENT_STORE.INVALID_REVISION'],
        ['an unknown revision word', () => [stream(), [event()], 'LATEST' as ExpectedRevision], 'EVENT_STORE.INVALID_REVISION'],
        ['an event over 1 MiB', () => [stream(), [event('Big', { text: 'x'.repeat(1024 * 1024) })]], 'EVENT_STORE.EVENT_TOO_LARGE'],
        ['no events', () => [stream(), []], 'EVENT_STORE.NO_EVENTS'],
        ['an id that is not a UUID', () => [stream(), [{ ...event(), id: 'not-a-uuid' }]], 'EVENT_STORE.INVALID_EVENT_ID'],
        ['an empty event type', () => [stream(), [event('')]], 'EVENT_STORE.INVALID_EVENT_TYPE'],
      ];
      it.each(cases)('%s', async (_, make, code) => {
        const before = await settledLog(h.store, { maxCount: 100_000 });
        const [s, events, expectedRevision] = make();
        // the good event first: a bad one anywhere refuses the whole append
        const batch = events.length === 0 ? events : [event(), ...events];
        const refused = await h.store.appendToStream(s, batch, { expectedRevision }).catch((e) => e);
        expect(refused).toBeInstanceOf(InvalidAppendError);
        expect(refused).toMatchObject({ code, kind: 'BAD_USER_INPUT' });
        expect(await settledLog(h.store, { maxCount: 100_000 })).toHaveLength(before.length);
      });
    });

    describe('the global log', () => {
      it('reads from a position, exclusive, in order', async () => {
        const s1 = stream();
        const s2 = stream();
        await h.store.appendToStream(s1, [event('A')]);
        const mid = await h.store.appendToStream(s2, [event('B')]);
        await h.store.appendToStream(s1, [event('C'), event('D')]);
        const after = await settledLog(h.store, { after: mid.position });
        expect(after.map((e) => e.type)).toEqual(['C', 'D']);
        // 120 events in one append cross 9 -> 10 and 99 -> 100: positions must order as numbers
        const big = stream();
        await h.store.appendToStream(
          big,
          Array.from({ length: 120 }, (_, n) => event('Many', { n })),
        );
        const all = await settledLog(h.store, { maxCount: 10_000 });
        expect(all.filter((e) => e.streamName === big).map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: 120 }, (_, n) => n));
        for (let i = 1; i < all.length; i++) expect(comparePositions(all[i - 1].position, all[i].position)).toBeLessThan(0);
        expect(await settledHeadPosition(h.store)).toEqual(all[all.length - 1].position);
      });

      it('filters the log by event type, in order', async () => {
        const s = stream();
        await h.store.appendToStream(
          s,
          ['A', 'B', 'C', 'A', 'B'].map((t, n) => event(t, { n })),
        );
        const picked = (await settledLog(h.store, { maxCount: 10_000, types: ['A', 'C'] })).filter((e) => e.streamName === s);
        expect(picked.map((e) => [e.type, (e.data as { n: number }).n])).toEqual([
          ['A', 0],
          ['C', 2],
          ['A', 3],
        ]);
        expect(await h.store.readAll({ types: ['NeverWritten'] })).toEqual([]);
      });

      it('delivers 8 writers x 2,000 events to a subscriber exactly once, in global order', async () => {
        const writers = 8;
        const perWriter = 2000;
        const received: RecordedEvent[] = [];
        let done!: () => void;
        const all = new Promise<void>((r) => (done = r));
        const subscription = subscribeToAll(
          h.store,
          (events) => {
            received.push(...events);
            if (received.length >= writers * perWriter) done();
          },
          { pollIntervalMs: 50 },
        );
        await Promise.all(
          Array.from({ length: writers }, async (_, w) => {
            const s = stream('load');
            for (let i = 0; i < perWriter; i++) await h.store.appendToStream(s, [event('Loaded', { w, i })]);
          }),
        );
        await Promise.race([all, new Promise((r) => setTimeout(r, 30_000))]);
        await new Promise((r) => setTimeout(r, 200)); // anything extra would arrive now
        await subscription.stop();
        const ids = received.map((e) => e.id);
        expect(ids.length - new Set(ids).size).toBe(0); // no event twice
        expect(received).toHaveLength(writers * perWriter);
        expect(new Set(received.map((e) => e.id)).size).toBe(writers * perWriter);
        for (let i = 1; i < received.length; i++) expect(comparePositions(received[i - 1].position, received[i].position)).toBeLessThan(0);
        const lastByWriter = new Map<number, number>();
        for (const e of received) {
          const { w, i } = e.data as { w: number; i: number };
          expect(i).toBe((lastByWriter.get(w) ?? -1) + 1);
          lastByWriter.set(w, i);
        }
      }, 90_000);
    });

    visibilityContract(() => h);
  });

  describe(`event store contract: ${adapter}, upcasting on read`, () => {
    it('upcasts old event versions for stream reads and the global log alike', async () => {
      const upcasters: Upcaster[] = [
        { type: 'PracticeDrafted', fromVersion: 1, upcast: (d) => ({ ...(d as object), themes: [] }) },
        { type: 'PracticeDrafted', fromVersion: 2, upcast: (d) => ({ ...(d as object), language: 'en' }) },
      ];
      const h = await factory({ upcasters: new Upcasters(upcasters) });
      try {
        const s = stream('practice');
        await h.store.appendToStream(s, [
          { type: 'PracticeDrafted', data: { title: 'Old' }, schemaVersion: 1 },
          { type: 'Other', data: {} },
        ]);
        const [fromStream] = await h.store.readStream(s);
        expect(fromStream).toMatchObject({ schemaVersion: 3, data: { title: 'Old', themes: [], language: 'en' } });
        expect(fromStream.metadata.schemaVersion).toBe(3);
        const [fromLog] = (await settledLog(h.store, { maxCount: 10_000 })).filter((e) => e.streamName === s);
        expect(fromLog).toMatchObject({ schemaVersion: 3, data: { title: 'Old', themes: [], language: 'en' } });
      } finally {
        await h.teardown();
      }
    });
  });
}
