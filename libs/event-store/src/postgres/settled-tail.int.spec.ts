import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool } from 'pg';
import { event, stream } from '../testing/contract-helpers';
import { waitUntilSettled } from '../settled';
import { START } from '../types';
import { PostgresEventStore } from './postgres-event-store';
import { TAIL_ROWS } from './settled-tail';

let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
const queries: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase('es_tail');
  pool = new Pool({ connectionString: db.url, max: 4 });
  store = await PostgresEventStore.create(pool);
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: unknown }).query = (...args: unknown[]) => {
    const config = args[0] as string | { text: string };
    queries.push(typeof config === 'string' ? config : config.text);
    return query(...args);
  };
});
afterAll(async () => {
  await store?.close();
  await pool?.end();
  await db?.drop();
});

const reads = () => queries.filter((q) => q.includes('FROM es_events WHERE position >')).length;

describe('PostgreSQL event store: readers that are caught up share one read of what is new', () => {
  it('gives each of many readers at the same position its own events of its types, from one read of the table', async () => {
    await store.appendToStream(stream(), [event('Old')]);
    await waitUntilSettled(store);
    const { end: head } = await store.readAllPage({ after: START, maxCount: 100 });
    const s = stream();
    await store.appendToStream(s, [event('A', { n: 1 }), event('B', { n: 2 }), event('A', { n: 3 })]);
    queries.length = 0;
    // as an append's wake-up sends them: every consumer of the process at once
    const pages = await Promise.all(
      Array.from({ length: 12 }, (_, i) => store.readAllPage({ after: head, maxCount: 100, ...(i % 3 === 0 ? {} : { types: [i % 3 === 1 ? 'A' : 'B'] }) })),
    );
    expect(reads()).toBe(1);
    for (const [i, page] of pages.entries()) {
      const expected = i % 3 === 0 ? ['A', 'B', 'A'] : i % 3 === 1 ? ['A', 'A'] : ['B'];
      expect(page.events.map((e) => e.type)).toEqual(expected);
      expect(page.events.every((e) => e.streamName === s && e.metadata.eventId === e.id)).toBe(true);
      expect(page.end).toEqual(pages[0].events[2].position);
      expect(page.heldBack).toBe(false);
    }
    // parsed for each reader: one reader changing its event changes no other's
    (pages[0].events[0].data as { n: number }).n = 99;
    expect((pages[3].events[0].data as { n: number }).n).toBe(1);

    // the next wake-up: the watermark query brings what is new itself, one round trip in all
    await store.appendToStream(s, [event('B', { n: 4 })]);
    queries.length = 0;
    const next = await Promise.all(Array.from({ length: 12 }, (_, i) => store.readAllPage({ after: pages[i].end, maxCount: 100, types: ['B'] })));
    expect(queries).toEqual([expect.stringContaining('es_read_settled')]);
    expect(next.map((p) => p.events.map((e) => (e.data as { n: number }).n))).toEqual(Array.from({ length: 12 }, () => [4]));
  });

  it('serves pages of a reader behind the tail from the table, in order, nothing twice', async () => {
    const { end: from } = await store.readAllPage({ after: START, maxCount: 1_000_000 });
    const s = stream();
    for (let i = 0; i < 3; i++)
      await store.appendToStream(
        s,
        Array.from({ length: Math.ceil(TAIL_ROWS / 2) }, (_, n) => event('Bulk', { i, n })),
      );
    await waitUntilSettled(store);
    // a reader caught up pulls the tail past its size: the oldest rows leave it
    await store.readAllPage({ after: (await store.readAllPage({ after: START, maxCount: 1_000_000 })).end, maxCount: 1 });
    const seen: number[] = [];
    let after = from;
    for (;;) {
      const page = await store.readAllPage({ after, maxCount: 700, types: ['Bulk'] });
      if (page.events.length === 0) break;
      seen.push(...page.events.map((e) => Number(e.position.prepare)));
      after = page.end;
    }
    expect(seen.length).toBe(3 * Math.ceil(TAIL_ROWS / 2));
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
