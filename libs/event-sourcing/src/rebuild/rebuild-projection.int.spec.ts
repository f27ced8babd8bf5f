import type { EventStore } from '@pfp/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import type { Projection, Projections } from '../nest/projections';
import { combinedBulkLoader } from '../projections/combined-bulk-load';
import { documentProjection } from '../projections/document-projection';
import { startEventSourcingApp, type EventSourcingApp } from '../testing/event-sourcing-app';
import { snapshot } from '../testing/projection-idempotency';
import { rebuildProjection } from './rebuild-projection';

// Unqualified table names: the rebuild redirects them with search_path.
const tally: Projection = {
  name: 'rebuild-tally',
  tables: ['rb_tally', 'rb_seen'],
  async handle(events, manager: EntityManager) {
    for (const e of events) {
      if (e.type !== 'Counted') continue;
      await manager.query(
        `INSERT INTO rb_tally (stream, total, revision) VALUES ($1, $2, $3)
         ON CONFLICT (stream) DO UPDATE SET total = rb_tally.total + EXCLUDED.total, revision = EXCLUDED.revision
         WHERE rb_tally.revision < EXCLUDED.revision`,
        [e.streamName, (e.data as { n: number }).n, e.revision],
      );
      await manager.query(`INSERT INTO rb_seen (event_id) VALUES ($1)`, [e.id]);
    }
  },
};

type NoteEvent =
  | { type: 'NoteOpened'; data: { title: string; tags: string[] } }
  | { type: 'NoteEdited'; data: { text: string } }
  | { type: 'NoteClosed'; data: Record<string, never> };
interface NoteDoc {
  title: string;
  tags: string[];
  text: string;
  edits: number;
  open: boolean;
}
// a set-based document read model with a computed tsvector and secondary indexes (GIN, partial, expression)
const notes = documentProjection<NoteDoc, NoteEvent>({
  name: 'rebuild-notes',
  table: 'rb_notes',
  category: 'note',
  handlers: {
    NoteOpened: (_doc, e) => ({ title: e.data.title, tags: e.data.tags, text: '', edits: 0, open: true }),
    NoteEdited: (doc, e) => (doc ? { ...doc, text: `${doc.text} ${e.data.text}`.trim(), edits: doc.edits + 1 } : null),
    NoteClosed: (doc) => (doc ? { ...doc, open: false } : null),
  },
  columns: [
    { name: 'open', type: 'boolean', value: (d) => d.open },
    { name: 'tags', type: 'text[]', value: (d) => d.tags },
    { name: 'edits', type: 'int', value: (d) => d.edits },
  ],
  computed: { words: `to_tsvector('simple', (r.doc->>'title') || ' ' || (r.doc->>'text'))` },
});

type ItemDoc = { name: string; edits: number };
type ItemEvent = { type: 'Named'; data: { name: string } } | { type: 'Renamed'; data: { name: string } };
// two kinds of document in one table (like search_documents), each its own category of streams
const kind = (category: string) =>
  documentProjection<ItemDoc, ItemEvent>({
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

async function until(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('rebuildProjection: fresh tables from 0 while the old ones serve, then an atomic switch', () => {
  let app: EventSourcingApp | undefined;
  let store: EventStore;
  let projections: Projections;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await startEventSourcingApp({
      database: 'rebuild',
      options: { pollIntervalMs: 20, lockRetryMs: 100 },
      tables: [
        `CREATE TABLE rb_tally (stream text PRIMARY KEY, total int NOT NULL, revision int NOT NULL)`,
        `CREATE TABLE rb_seen (event_id uuid PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())`,
        `CREATE INDEX rb_tally_total ON rb_tally (total)`,
        `CREATE TABLE rb_notes (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL, open boolean NOT NULL, tags text[] NOT NULL, edits int NOT NULL CHECK (edits >= 0), words tsvector NOT NULL)`,
        `CREATE INDEX rb_notes_words ON rb_notes USING GIN (words) WHERE open`,
        `CREATE INDEX rb_notes_tags ON rb_notes USING GIN (tags)`,
        `CREATE INDEX rb_notes_title ON rb_notes ((doc->>'title'), id) WHERE open`,
        `CREATE UNIQUE INDEX rb_notes_title_unique ON rb_notes ((doc->>'title'))`,
        `CREATE TABLE cb_items (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL, kind text NOT NULL, words tsvector NOT NULL)`,
        `CREATE INDEX cb_items_words ON cb_items USING GIN (words)`,
      ],
      projections: [tally, notes, items],
    });
    ({ store, projections, dataSource } = app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('matches the live tables row for row, keeps reads and the live consumer going, loses and doubles nothing', async () => {
    for (let b = 0; b < 30; b++) {
      await store.appendToStream(
        `counter-${b % 10}`,
        Array.from({ length: 50 }, (_, i) => ({ type: 'Counted', data: { n: i + b } })),
      );
    }
    // the head a reader sees lags behind open transactions (the consumer's own included): count instead
    await until(async () => (await dataSource.query(`SELECT count(*)::int AS n FROM rb_seen`))[0].n === 1500);
    const live = await snapshot(dataSource, ['rb_tally']);

    // readers and writers keep going during the rebuild
    let reading = true;
    let reads = 0;
    const readErrors: unknown[] = [];
    const reader = (async () => {
      while (reading) {
        await dataSource.query(`SELECT count(*) FROM rb_tally`).then(
          () => reads++,
          (e) => readErrors.push(e),
        );
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    let writing = true;
    let extra = 0;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await store.appendToStream(`counter-late-${i % 3}`, [{ type: 'Counted', data: { n: 1 } }]);
        extra++;
        await new Promise((r) => setTimeout(r, 3));
      }
    })();

    const progress: number[] = [];
    const total = Number((await dataSource.query(`SELECT count(*)::int AS n FROM es_events`))[0].n);
    const result = await rebuildProjection({ dataSource, store, projection: tally, batchSize: 100, total, onProgress: (p) => progress.push(p.events) });
    writing = false;
    await writer;
    reading = false;
    await reader;

    expect(readErrors).toEqual([]);
    expect(reads).toBeGreaterThan(10);
    expect(progress.length).toBeGreaterThan(10);
    expect(result.retiredSchema).toBeNull();
    expect(result.events).toBeGreaterThanOrEqual(1500);

    // the live consumer resumes on the new tables from the moved checkpoint
    await until(async () => (await dataSource.query(`SELECT count(*)::int AS n FROM rb_seen`))[0].n >= 1500 + extra);
    await new Promise((r) => setTimeout(r, 300)); // anything doubled would land now
    const [{ seen, distinct, logged }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM rb_seen) AS seen, (SELECT count(DISTINCT event_id)::int FROM rb_seen) AS distinct, (SELECT count(*)::int FROM es_events) AS logged`,
    );
    expect({ seen, distinct }).toEqual({ seen: logged, distinct: logged });
    expect(logged).toBe(1500 + extra);
    const rebuilt = await snapshot(dataSource, ['rb_tally']);
    const rebuiltOld = (rebuilt.rb_tally as string[]).filter((row) => !row.includes('counter-late'));
    expect(rebuiltOld).toEqual((live.rb_tally as string[]).filter((row) => !row.includes('counter-late')));
    // the index came along, and no rebuild schema is left behind
    expect(await dataSource.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'rb_tally' ORDER BY indexname`)).toHaveLength(2);
    expect(await dataSource.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%' OR nspname LIKE 'retired_%'`)).toEqual([]);
    // the late streams match a replay of their events exactly
    for (let s = 0; s < 3; s++) {
      const events = await store.readStream(`counter-late-${s}`);
      const [row] = await dataSource.query(`SELECT total, revision FROM rb_tally WHERE stream = $1`, [`counter-late-${s}`]);
      if (events.length > 0) expect(row).toEqual({ total: events.length, revision: events.length - 1 });
    }
  }, 120_000);

  it('rebuilds a set-based document read model in large batches, indexes after the load, to the same rows and the same indexes', async () => {
    const indexes = () =>
      dataSource.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'rb_notes' ORDER BY indexname`);
    const liveIndexes = await indexes();
    for (let b = 0; b < 20; b++) {
      await store.appendToStreams(
        Array.from({ length: 50 }, (_, i) => {
          const note = `note-${String(b * 50 + i).padStart(8, '0')}-0000-4000-8000-000000000000`;
          return { streamName: note, events: [{ type: 'NoteOpened', data: { title: `note ${b * 50 + i}`, tags: [`t${i % 7}`, `b${b % 3}`] } }] };
        }),
      );
      // edits of streams opened in earlier batches: the rebuild's upsert path across batches
      await store.appendToStreams(
        Array.from({ length: 50 }, (_, i) => {
          const k = (b * 37 + i * 13) % ((b + 1) * 50);
          const events = [{ type: 'NoteEdited', data: { text: `edit ${b}-${i}` } }, ...(i % 9 === 0 ? [{ type: 'NoteClosed', data: {} }] : [])];
          return { streamName: `note-${String(k).padStart(8, '0')}-0000-4000-8000-000000000000`, events };
        }),
      );
    }
    // the rebuild reads only the projection's event types
    const logged = Number((await dataSource.query(`SELECT count(*)::int AS n FROM es_events WHERE event_type = ANY($1)`, [notes.types]))[0].n);
    await projections.waitFor(await store.headPosition(), ['rebuild-notes'], 30_000);
    const live = await snapshot(dataSource, ['rb_notes']);
    expect(live.rb_notes).toHaveLength(1000);

    const seen: { phase: string; rows: number; detail?: string }[] = [];
    const result = await rebuildProjection({
      dataSource,
      store,
      projection: notes,
      batchSize: 700,
      total: logged,
      onProgress: (p) => seen.push({ phase: p.phase, rows: p.rows, detail: p.detail }),
    });

    expect(await snapshot(dataSource, ['rb_notes'])).toEqual(live);
    expect(await indexes()).toEqual(liveIndexes); // same names and definitions, built after the load
    expect(result.rows).toBe(1000);
    expect(result.events).toBeGreaterThanOrEqual(logged);
    const phases = [...new Set(seen.map((s) => s.phase))];
    expect(phases).toEqual(['preparing', 'loading', 'indexing', 'switching', 'done']);
    expect(seen.filter((s) => s.phase === 'indexing').map((s) => s.detail)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rb_notes_(words|tags|title|pkey) \(\d\/4\)$/)]),
    );
    expect(seen.find((s) => s.phase === 'indexing')!.rows).toBe(1000);
    const [{ analyzed }] = await dataSource.query(
      `SELECT last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE schemaname = 'public' AND relname = 'rb_notes'`,
    );
    expect(analyzed).toBe(true);

    // short of memory: documents written early, the events that still come for them applied after the load
    await rebuildProjection({ dataSource, store, projection: notes, batchSize: 300, maxDocuments: 100 });
    expect(await snapshot(dataSource, ['rb_notes'])).toEqual(live);
    // documents written while the log is still read, once untouched for 200 events: the edits that still come are applied after the load
    const details: string[] = [];
    await rebuildProjection({ dataSource, store, projection: notes, batchSize: 300, settledAfter: 200, onProgress: (p) => p.detail && details.push(p.detail) });
    expect(await snapshot(dataSource, ['rb_notes'])).toEqual(live);
    expect(details).toEqual(expect.arrayContaining([expect.stringMatching(/^keys, for \d+ event\(s\) of documents written early$/)]));

    // the live consumer goes on on the new tables
    await store.appendToStream('note-00000001-0000-4000-8000-000000000000', [{ type: 'NoteEdited', data: { text: 'after' } }]);
    await until(async () =>
      (await dataSource.query(`SELECT doc->>'text' AS text FROM rb_notes WHERE id = 'note-00000001-0000-4000-8000-000000000000'`))[0].text.endsWith('after'),
    );
  }, 120_000);

  it('combinedBulkLoader: two kinds of document in one table rebuild to the live rows, by COPY, with and without documents written while the log is read', async () => {
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

  it('refuses a projection that declares no tables', async () => {
    await expect(rebuildProjection({ dataSource, store, projection: { name: 'x', handle: async () => undefined } })).rejects.toThrow(/declares no tables/);
  });
});
