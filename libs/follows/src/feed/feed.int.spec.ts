import { Contributions, type FollowableSubject } from '@pfp/contributions';
import { rebuildProjection } from '@pfp/event-sourcing';
import { replayTwice, snapshot } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { Follows1764600002000 } from '../migrations/1764600002000-follows';
import { feedProjection } from './feed.projection';

const TABLES = ['follows', 'feed_subjects', 'feed_items', 'feed_accounts'];
const ACCOUNT = '0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const OUTSIDER = '1b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
// A subject of a context made up for the test: follows knows subjects only through what their contexts register.
const PROJECT = 'garden-2b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const SECRET = 'garden-3b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const at = '2011-06-01T00:00:00.000Z';
type GardenEvent =
  | { type: 'GardenPlanted'; data: { title: string; gardeners: string[] | null } }
  | { type: 'GardenNewsPosted'; data: { text: string; metrics: Array<{ indicator: string; value: number }> } };
const garden: FollowableSubject<GardenEvent> = {
  category: 'garden',
  kind: 'GARDEN',
  mayFollow: async () => true,
  changes: { GardenPlanted: (d) => ({ title: d.title, readers: d.gardeners }) },
  feedTexts: { GardenNewsPosted: (d) => ({ text: d.text, metrics: d.metrics }) },
};
const launched = (id: string, visibility: string) => ({
  type: 'GardenPlanted',
  data: { title: `Title of ${id.slice(7, 11)}`, gardeners: visibility === 'PUBLIC' ? null : ['organization-mx'] },
});
const update = (text: string) => ({ type: 'GardenNewsPosted', data: { text, metrics: [{ indicator: 'officials trained', value: 3500 }] } });
const actor = (organizationId: string) => ({ context: { actor: { accountId: 'account-x', organizationId }, occurredAt: at } });

describe('feed projection (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('feed');
    dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: [Follows1764600002000] }).initialize();
    await dataSource.runMigrations();
    // where a rebuild moves the checkpoint (the event store's table; this spec has no event store schema)
    await dataSource.query(
      `CREATE TABLE es_checkpoints (consumer text PRIMARY KEY, commit_position bigint NOT NULL, prepare_position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
    );
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('fans out to followers who followed before the event and may read it, idempotently', async () => {
    const contributions = new Contributions();
    contributions.followable(garden);
    const store = new InMemoryEventStore();
    await store.appendToStream(PROJECT, [launched(PROJECT, 'PUBLIC'), update('before following')]);
    await store.appendToStream(SECRET, [launched(SECRET, 'PARTNERS')]);
    for (const account of [ACCOUNT, OUTSIDER]) {
      await store.appendToStream(
        `follows-${account}`,
        [
          { type: 'SubjectFollowed', data: { subjectId: PROJECT, subjectKind: 'GARDEN', followedAt: at } },
          { type: 'SubjectFollowed', data: { subjectId: SECRET, subjectKind: 'GARDEN', followedAt: at } },
        ],
        actor(account === ACCOUNT ? 'organization-mx' : 'organization-iom'),
      );
    }
    await store.appendToStream(PROJECT, [update('3,500 officials trained')]);
    await store.appendToStream(SECRET, [update('for the partners')]);
    await store.appendToStream(`follows-${ACCOUNT}`, [
      { type: 'SubjectUnfollowed', data: { subjectId: PROJECT, unfollowedAt: at } },
      { type: 'FeedMarkedRead', data: { readUntil: at } },
      { type: 'NotificationPreferenceSet', data: { frequency: 'WEEKLY', setAt: '2011-06-02T00:00:00.000Z' } },
      { type: 'NotificationPreferenceSet', data: { frequency: 'NONE', setAt: '2011-06-03T00:00:00.000Z' } },
      { type: 'NotificationPreferenceSet', data: { frequency: 'DAILY', setAt: '2011-06-04T00:00:00.000Z' } },
    ]);
    await store.appendToStream(`follows-${OUTSIDER}`, [
      { type: 'SubjectUnfollowed', data: { subjectId: SECRET, unfollowedAt: at } },
      { type: 'SubjectFollowed', data: { subjectId: SECRET, subjectKind: 'GARDEN', followedAt: at } },
      { type: 'NotificationPreferenceSet', data: { frequency: 'WEEKLY', setAt: '2011-06-05T00:00:00.000Z' } },
    ]);
    await store.appendToStream(PROJECT, [update('after unfollowing')]);
    const events = await store.readAll();

    // one event per batch: what the set path must equal
    const projection = feedProjection(contributions);
    for (const e of events) await dataSource.transaction((m) => projection.handle([e], m));
    const oneByOne = await snapshot(dataSource, TABLES);
    await dataSource.query(`TRUNCATE ${TABLES.join(', ')}`);

    const { once, twice } = await replayTwice(dataSource, projection, events, TABLES);
    expect(twice).toEqual(once);
    expect(once).toEqual(oneByOne);
    const accounts = await dataSource.query(`SELECT account_id, frequency, read_until, mailed_until FROM feed_accounts ORDER BY account_id`);
    expect(accounts).toEqual([
      { account_id: `account-${ACCOUNT}`, frequency: 'DAILY', read_until: new Date(at), mailed_until: new Date('2011-06-04T00:00:00.000Z') },
      { account_id: `account-${OUTSIDER}`, frequency: 'WEEKLY', read_until: null, mailed_until: null },
    ]);
    const items = await dataSource.query(`SELECT account_id, subject_title, text FROM feed_items ORDER BY account_id, text`);
    expect(items).toEqual([
      { account_id: `account-${ACCOUNT}`, subject_title: `Title of ${PROJECT.slice(7, 11)}`, text: '3,500 officials trained' },
      { account_id: `account-${ACCOUNT}`, subject_title: `Title of ${SECRET.slice(7, 11)}`, text: 'for the partners' },
      { account_id: `account-${OUTSIDER}`, subject_title: `Title of ${PROJECT.slice(7, 11)}`, text: '3,500 officials trained' },
      { account_id: `account-${OUTSIDER}`, subject_title: `Title of ${PROJECT.slice(7, 11)}`, text: 'after unfollowing' },
    ]);

    // rebuilt from the log: the same rows, and what the mailer sent (in no event) carried over
    await dataSource.query(`UPDATE feed_accounts SET mailed_until = '2011-07-01T00:00:00Z' WHERE account_id = $1`, [`account-${OUTSIDER}`]);
    const live = await snapshot(dataSource, TABLES);
    const result = await rebuildProjection({ dataSource, store, projection });
    expect(result.rows).toBeGreaterThan(0);
    expect(await snapshot(dataSource, TABLES)).toEqual(live);
  });
});
