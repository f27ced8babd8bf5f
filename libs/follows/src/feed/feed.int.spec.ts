import { Contributions, type FollowableSubject } from '@pfp/contributions';
import { replayTwice } from '@pfp/event-sourcing/testing';
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
    ]);
    await store.appendToStream(PROJECT, [update('after unfollowing')]);

    const { once, twice } = await replayTwice(dataSource, feedProjection(contributions), await store.readAll(), TABLES);
    expect(twice).toEqual(once);
    const items = await dataSource.query(`SELECT account_id, subject_title, text FROM feed_items ORDER BY account_id, text`);
    expect(items).toEqual([
      { account_id: `account-${ACCOUNT}`, subject_title: `Title of ${PROJECT.slice(7, 11)}`, text: '3,500 officials trained' },
      { account_id: `account-${ACCOUNT}`, subject_title: `Title of ${SECRET.slice(7, 11)}`, text: 'for the partners' },
      { account_id: `account-${OUTSIDER}`, subject_title: `Title of ${PROJECT.slice(7, 11)}`, text: '3,500 officials trained' },
      { account_id: `account-${OUTSIDER}`, subject_title: `Title of ${PROJECT.slice(7, 11)}`, text: 'after unfollowing' },
    ]);
  });
});
