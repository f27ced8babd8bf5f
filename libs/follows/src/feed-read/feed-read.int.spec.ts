import { rebuildProjection } from '@pfp/event-sourcing';
import { replayTwice, snapshot } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { FeedReadItems1765100002000 } from '../migrations/1765100002000-feed-read-items';
import { FEED_READ_TABLES, feedReadProjection } from './feed-read.projection';

const ACCOUNT = '0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const OTHER = '1b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const ONE = 'c0ffee00-6a43-4c55-9a5b-1d2f3e4a5b6c';
const TWO = 'c0ffee01-6a43-4c55-9a5b-1d2f3e4a5b6c';
const marked = (itemIds: string[], readAt: string) => ({ type: 'FeedItemsMarkedRead', data: { itemIds, readAt } });

describe('feed read items projection (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('feed_read');
    dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [FeedReadItems1765100002000] }).initialize();
    await dataSource.runMigrations();
    await dataSource.query(
      `CREATE TABLE es_checkpoints (consumer text PRIMARY KEY, commit_position bigint NOT NULL, prepare_position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('keeps one row per account and item, the first time it was marked, through replays and a rebuild', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(`follows-${ACCOUNT}`, [
      { type: 'FeedMarkedRead', data: { readUntil: '2011-06-01T00:00:00.000Z' } },
      marked([ONE], '2011-06-02T00:00:00.000Z'),
      marked([ONE, TWO], '2011-06-03T00:00:00.000Z'),
    ]);
    await store.appendToStream(`follows-${OTHER}`, [marked([ONE], '2011-06-04T00:00:00.000Z')]);
    // an event of another stream with the same type name is not a feed's
    await store.appendToStream(`garden-${ACCOUNT}`, [marked([TWO], '2011-06-05T00:00:00.000Z')]);
    const events = await store.readAll();
    const projection = feedReadProjection();

    const { once, twice } = await replayTwice(dataSource, projection, events, FEED_READ_TABLES);
    expect(twice).toEqual(once);
    expect(await dataSource.query(`SELECT account_id, event_id, read_at FROM feed_read_items ORDER BY account_id, event_id`)).toEqual([
      { account_id: `account-${ACCOUNT}`, event_id: ONE, read_at: new Date('2011-06-02T00:00:00.000Z') },
      { account_id: `account-${ACCOUNT}`, event_id: TWO, read_at: new Date('2011-06-03T00:00:00.000Z') },
      { account_id: `account-${OTHER}`, event_id: ONE, read_at: new Date('2011-06-04T00:00:00.000Z') },
    ]);

    const live = await snapshot(dataSource, FEED_READ_TABLES);
    await rebuildProjection({ dataSource, store, projection });
    expect(await snapshot(dataSource, FEED_READ_TABLES)).toEqual(live);
  });
});
