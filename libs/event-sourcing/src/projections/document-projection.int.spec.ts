import type { RecordedEvent } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { replayTwice } from '../testing/projection-idempotency';
import { documentProjection } from './document-projection';

type TallyEvent =
  { type: 'TallyOpened'; data: { title: string } } | { type: 'TallyCounted'; data: { n: number } } | { type: 'TallyNoted'; data: { note: string } };
interface TallyDoc {
  title: string;
  total: number;
}

const tallies = documentProjection<TallyDoc, TallyEvent>({
  name: 'tallies',
  table: 'tallies',
  category: 'tally',
  handlers: {
    TallyOpened: (_doc, e) => ({ title: e.data.title, total: 0 }),
    TallyCounted: (doc, e) => (doc ? { ...doc, total: doc.total + e.data.n } : null),
    TallyNoted: null,
  },
  columns: [{ name: 'total', type: 'int', value: (d) => d.total }],
  computed: { words: `to_tsvector('simple', r.doc->>'title')` },
});

let sequence = 0n;
function recorded(streamName: string, revision: number, event: TallyEvent): RecordedEvent {
  sequence += 1n;
  return {
    id: `00000000-0000-4000-8000-${sequence.toString().padStart(12, '0')}`,
    ...event,
    streamName,
    revision,
    position: { commit: sequence, prepare: sequence },
    schemaVersion: 1,
    recordedAt: new Date('2011-12-01T10:00:00Z'),
    metadata: { eventId: '', actor: null, correlationId: '', causationId: '', commandId: '', occurredAt: '2011-12-01T10:00:00Z', schemaVersion: 1 },
  };
}

describe('documentProjection (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const a = 'tally-00000000-0000-4000-8000-00000000000a';
  const b = 'tally-00000000-0000-4000-8000-00000000000b';

  beforeAll(async () => {
    db = await createTestDatabase('docproj');
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    await dataSource.query(
      `CREATE TABLE tallies (id text PRIMARY KEY, revision int NOT NULL, doc jsonb NOT NULL, total int NOT NULL, words tsvector NOT NULL)`,
    );
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(() => dataSource.query(`TRUNCATE tallies`));

  const rows = () => dataSource.query(`SELECT id, revision, doc, total, words::text AS words FROM tallies ORDER BY id`);

  it('folds a batch into one document per stream, with its columns, computed columns and revision', async () => {
    const events = [
      recorded(a, 0, { type: 'TallyOpened', data: { title: 'Officials trained' } }),
      recorded(b, 0, { type: 'TallyOpened', data: { title: 'Remittances' } }),
      recorded(a, 1, { type: 'TallyCounted', data: { n: 3500 } }),
      recorded(a, 2, { type: 'TallyNoted', data: { note: 'ignored by this read model' } }),
      recorded('other-00000000-0000-4000-8000-00000000000a', 0, { type: 'TallyOpened', data: { title: 'not a tally' } }),
    ];
    await dataSource.transaction((m) => tallies.handle(events, m));
    expect(await rows()).toEqual([
      { id: a, revision: 1, doc: { title: 'Officials trained', total: 3500 }, total: 3500, words: "'officials':1 'trained':2" },
      { id: b, revision: 0, doc: { title: 'Remittances', total: 0 }, total: 0, words: "'remittances':1" },
    ]);
  });

  it('continues a document across batches and never goes back in time on a replay', async () => {
    const opened = recorded(a, 0, { type: 'TallyOpened', data: { title: 'T' } });
    const counted = recorded(a, 1, { type: 'TallyCounted', data: { n: 2 } });
    const again = recorded(a, 2, { type: 'TallyCounted', data: { n: 5 } });
    await dataSource.transaction((m) => tallies.handle([opened, counted], m));
    await dataSource.transaction((m) => tallies.handle([counted, again], m));
    await dataSource.transaction((m) => tallies.handle([opened], m));
    expect(await rows()).toMatchObject([{ revision: 2, total: 7 }]);
  });

  it('is idempotent: each event again, and the whole batch again, change nothing', async () => {
    const events = [
      recorded(a, 0, { type: 'TallyOpened', data: { title: 'T' } }),
      recorded(a, 1, { type: 'TallyCounted', data: { n: 1 } }),
      recorded(b, 0, { type: 'TallyOpened', data: { title: 'U' } }),
      recorded(a, 2, { type: 'TallyCounted', data: { n: 4 } }),
    ];
    const { once, twice } = await replayTwice(dataSource, tallies, events, ['tallies']);
    expect(twice).toEqual(once);
  });

  it('in a rebuild writes streams that start in the batch without reading them first', async () => {
    const events = [recorded(a, 0, { type: 'TallyOpened', data: { title: 'T' } }), recorded(a, 1, { type: 'TallyCounted', data: { n: 9 } })];
    const statements: string[] = [];
    await dataSource.transaction(async (m) => {
      const query = m.query.bind(m);
      m.query = ((sql: string, params?: unknown[]) => (statements.push(sql), query(sql, params))) as typeof m.query;
      await tallies.handle(events, m, { rebuilding: true });
    });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^INSERT INTO "tallies"/);
    expect(statements[0]).not.toMatch(/ON CONFLICT/);
    expect(await rows()).toMatchObject([{ revision: 1, total: 9 }]);
  });

  it('lists the event types it handles, for the log filter', () => {
    expect(tallies.types.sort()).toEqual(['TallyCounted', 'TallyOpened']);
    expect(tallies.tables).toEqual(['tallies']);
  });

  it('refuses to drop a document: a read model marks, it does not delete', () => {
    const deleting = documentProjection<TallyDoc, TallyEvent>({
      name: 'deleting',
      table: 'tallies',
      category: 'tally',
      handlers: { TallyOpened: () => ({ title: 't', total: 0 }), TallyCounted: () => null, TallyNoted: null },
    });
    expect(() =>
      deleting.fold(new Map(), [recorded(a, 0, { type: 'TallyOpened', data: { title: 't' } }), recorded(a, 1, { type: 'TallyCounted', data: { n: 1 } })]),
    ).toThrow(/would remove its document/);
  });
});
