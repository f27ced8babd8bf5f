import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource, type EntityManager } from 'typeorm';
import { replayTwice } from '../testing/projection-idempotency';
import { EventSourcingModule } from './event-sourcing.module';
import { Projections, ReadModelLagError, type Projection } from './projections';
import { EVENT_STORE } from './tokens';

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
  let db: TestDatabase;
  let close: () => Promise<void>;
  let store: EventStore;
  let projections: Projections;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('projections');
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ type: 'postgres', url: db.url }),
        EventSourcingModule.forRoot({ databaseUrl: db.url, pollIntervalMs: 50, readYourWritesTimeoutMs: 1000 }),
      ],
    }).compile();
    dataSource = moduleRef.get(DataSource);
    await dataSource.query(`CREATE TABLE tally (stream text PRIMARY KEY, total int NOT NULL, revision int NOT NULL)`);
    projections = moduleRef.get(Projections);
    projections.register(tally);
    store = moduleRef.get(EVENT_STORE);
    const app = moduleRef.createNestApplication();
    await app.init();
    close = () => app.close();
  });
  afterAll(async () => {
    await close();
    await db.drop();
  });

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
