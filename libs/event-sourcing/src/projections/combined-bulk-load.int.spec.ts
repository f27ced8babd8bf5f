import type { EventStore } from '@pfp/event-store';
import type { DataSource } from 'typeorm';
import type { Projection, Projections } from '../nest/projections';
import { rebuildProjection } from '../rebuild/rebuild-projection';
import { startEventSourcingApp, type EventSourcingApp } from '../testing/event-sourcing-app';
import { snapshot } from '../testing/projection-idempotency';
import { combinedBulkLoader } from './combined-bulk-load';
import { documentProjection } from './document-projection';

type Doc = { name: string; edits: number };
type E = { type: 'Named'; data: { name: string } } | { type: 'Renamed'; data: { name: string } };
// two kinds of document in one table (like search_documents), each its own category of streams
const kind = (category: string) =>
  documentProjection<Doc, E>({
    name: `combined:${category}`,
    table: 'cb_items',
    category,
    handlers: {
      Named: (_doc, e) => ({ name: e.data.name, edits: 0 }),
      Renamed: (doc, e) => doc && { name: e.data.name, edits: doc.edits + 1 },
    },
    columns: [{ name: 'kind', type: 'text', value: () => category }],
    computed: { words: `to_tsvector('simple', r.doc->>'name')` },
  });
const parts = [kind('apple'), kind('pear')];
const items: Projection = {
  name: 'combined-items',
  tables: ['cb_items'],
  types: parts[0].types,
  bulkLoader: combinedBulkLoader(parts),
  async handle(events, manager, context) {
    for (const part of parts) await part.handle(events, manager, context);
  },
};

describe('combinedBulkLoader: one bulk load for document projections writing one table apart', () => {
  let app: EventSourcingApp | undefined;
  let store: EventStore;
  let projections: Projections;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await startEventSourcingApp({
      database: 'combined_bulk',
      options: { pollIntervalMs: 20, lockRetryMs: 100 },
      tables: [
        `CREATE TABLE cb_items (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL, kind text NOT NULL, words tsvector NOT NULL)`,
        `CREATE INDEX cb_items_words ON cb_items USING GIN (words)`,
      ],
      projections: [items],
    });
    ({ store, projections, dataSource } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('rebuilds both kinds to the live rows, by COPY, with and without documents written while the log is read', async () => {
    expect(combinedBulkLoader([...parts, { name: 'plain', handle: async () => undefined }])).toBeUndefined();
    const stream = (category: string, i: number) => `${category}-${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`;
    for (let b = 0; b < 10; b++) {
      await store.appendToStreams(
        ['apple', 'pear'].flatMap((category) =>
          Array.from({ length: 30 }, (_, i) => ({
            streamName: stream(category, b * 30 + i),
            events: [{ type: 'Named', data: { name: `${category} ${b * 30 + i}` } }],
          })),
        ),
      );
      // renames of items named in earlier rounds
      await store.appendToStreams(
        Array.from({ length: 20 }, (_, i) => ({
          streamName: stream(i % 2 ? 'apple' : 'pear', (b * 17 + i * 7) % ((b + 1) * 30)),
          events: [{ type: 'Renamed', data: { name: `renamed ${b}-${i}` } }],
        })),
      );
    }
    await projections.waitFor(await store.headPosition(), ['combined-items'], 30_000);
    const live = await snapshot(dataSource, ['cb_items']);
    expect(live.cb_items).toHaveLength(600);

    const details: string[] = [];
    const result = await rebuildProjection({ dataSource, store, projection: items, batchSize: 200, onProgress: (p) => p.detail && details.push(p.detail) });
    expect(await snapshot(dataSource, ['cb_items'])).toEqual(live);
    expect(result.rows).toBe(600);
    expect(details).toEqual(expect.arrayContaining([expect.stringMatching(/^writing the documents by COPY/)]));

    await rebuildProjection({ dataSource, store, projection: items, batchSize: 100, settledAfter: 50 });
    expect(await snapshot(dataSource, ['cb_items'])).toEqual(live);
  }, 120_000);
});
