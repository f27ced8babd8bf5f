import type { EventStore } from '@pfp/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { startEventSourcingApp, type EventSourcingApp } from '../testing/event-sourcing-app';
import { replayTwice } from '../testing/projection-idempotency';
import { ReadModelLagError, type Projection, type Projections } from './projections';

const tally: Projection = {
  name: 'tally',
  async handle(events, manager: EntityManager) {
    for (const e of events) {
      // guarded by the stream revision, so a replay cannot count twice
      await manager.query(
        `INSERT INTO tally (stream, total, revision) VALUES ($1, $2, $3)
         ON CONFLICT (stream) DO UPDATE SET total = tally.total + EXCLUDED.total, revision = EXCLUDED.revision
         WHERE tally.revision < EXCLUDED.revision`,
        [e.streamName, (e.data as { n: number }).n, e.revision],
      );
    }
  },
};

describe('Projections (Nest, TypeORM, PostgreSQL)', () => {
  let app: EventSourcingApp;
  let store: EventStore;
  let projections: Projections;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await startEventSourcingApp({
      database: 'projections',
      options: { pollIntervalMs: 50, readYourWritesTimeoutMs: 1000 },
      tables: [`CREATE TABLE tally (stream text PRIMARY KEY, total int NOT NULL, revision int NOT NULL)`],
      projections: [tally],
    });
    ({ store, projections, dataSource } = app);
  });
  afterAll(() => app.close());

  it('feeds a projection from the log and lets a writer wait until its write is readable', async () => {
    const written = await store.appendToStream(
      'counter-a',
      [1, 2, 3].map((n) => ({ type: 'Counted', data: { n } })),
    );
    await projections.waitFor(written.position);
    expect(await dataSource.query(`SELECT total FROM tally WHERE stream = 'counter-a'`)).toEqual([{ total: 6 }]);
    expect(projections.status()).toEqual([expect.objectContaining({ name: 'tally', status: 'running' })]);
  });

  it('says which read model is late instead of waiting forever', async () => {
    await expect(projections.waitFor({ commit: 10n ** 15n, prepare: 1n }, ['tally'], 200)).rejects.toBeInstanceOf(ReadModelLagError);
  });

  it('is idempotent: the same events twice change nothing', async () => {
    await store.appendToStream(
      'counter-b',
      [4, 5].map((n) => ({ type: 'Counted', data: { n } })),
    );
    const events = await store.readStream('counter-b');
    await dataSource.query(`DELETE FROM tally`);
    const { once, twice } = await replayTwice(dataSource, tally, events, ['tally']);
    expect(twice).toEqual(once);
  });
});

describe('Projections run by another process (an API beside a projector)', () => {
  let projector: EventSourcingApp;
  let api: EventSourcingApp;

  beforeAll(async () => {
    const tables = [`CREATE TABLE tally (stream text PRIMARY KEY, total int NOT NULL, revision int NOT NULL)`];
    projector = await startEventSourcingApp({ database: 'projections_remote', options: { pollIntervalMs: 50 }, tables, projections: [tally] });
    api = await startEventSourcingApp({
      database: 'projections_remote',
      sharing: projector,
      options: { runConsumers: false, readYourWritesTimeoutMs: 1000 },
      projections: [tally],
    });
  });
  afterAll(async () => {
    await api.close();
    await projector.close();
  });

  it('waits for each write until the other process has it, by its notifications once heard, and says when it lags', async () => {
    for (let n = 1; n <= 5; n++) {
      const written = await api.store.appendToStream('counter-r', [{ type: 'Counted', data: { n } }]);
      await api.projections.waitFor(written.position, ['tally']);
      expect(await api.dataSource.query(`SELECT total FROM tally WHERE stream = 'counter-r'`)).toEqual([{ total: (n * (n + 1)) / 2 }]);
    }
    await expect(api.projections.waitFor({ commit: 10n ** 15n, prepare: 1n }, ['tally'], 300)).rejects.toBeInstanceOf(ReadModelLagError);
  });
});
