import { replayTwice } from '@pfp/event-sourcing/testing';
import { InMemoryEventStore } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import { Follows1764600002000 } from '../migrations/1764600002000-follows';
import { feedProjection } from './feed.projection';

const TABLES = ['follows', 'feed_subjects', 'feed_items', 'feed_accounts'];
const ACCOUNT = '0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const OUTSIDER = '1b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const PROJECT = 'project-2b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const SECRET = 'project-3b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const at = '2011-06-01T00:00:00.000Z';
const launched = (id: string, visibility: string) => ({
  type: 'PartnershipProjectLaunched',
  data: { id, title: `Title of ${id.slice(8, 12)}`, summary: '', objectives: [], themes: [], countries: [], startsOn: null, endsOn: null, fromCallId: null, visibility, leadOrganizationId: 'organization-mx', partners: [], launchedAt: at },
});
const update = (text: string) => ({ type: 'ProjectUpdatePosted', data: { id: text, text, metrics: [{ indicator: 'officials trained', value: 3500 }], videoUrl: null, organizationId: 'organization-mx', postedAt: at } });
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
    const store = new InMemoryEventStore();
    await store.appendToStream(PROJECT, [launched(PROJECT, 'PUBLIC'), update('before following')]);
    await store.appendToStream(SECRET, [launched(SECRET, 'PARTNERS')]);
    for (const account of [ACCOUNT, OUTSIDER]) {
      await store.appendToStream(`follows-${account}`, [
        { type: 'SubjectFollowed', data: { subjectId: PROJECT, subjectKind: 'PROJECT', followedAt: at } },
        { type: 'SubjectFollowed', data: { subjectId: SECRET, subjectKind: 'PROJECT', followedAt: at } },
      ], actor(account === ACCOUNT ? 'organization-mx' : 'organization-iom'));
    }
    await store.appendToStream(PROJECT, [update('3,500 officials trained')]);
    await store.appendToStream(SECRET, [update('for the partners')]);
    await store.appendToStream(`follows-${ACCOUNT}`, [{ type: 'SubjectUnfollowed', data: { subjectId: PROJECT, unfollowedAt: at } }, { type: 'FeedMarkedRead', data: { readUntil: at } }]);
    await store.appendToStream(PROJECT, [update('after unfollowing')]);

    const { once, twice } = await replayTwice(dataSource, feedProjection, await store.readAll(), TABLES);
    expect(twice).toEqual(once);
    const items = await dataSource.query(`SELECT account_id, subject_title, text FROM feed_items ORDER BY account_id, text`);
    expect(items).toEqual([
      { account_id: `account-${ACCOUNT}`, subject_title: `Title of ${PROJECT.slice(8, 12)}`, text: '3,500 officials trained' },
      { account_id: `account-${ACCOUNT}`, subject_title: `Title of ${SECRET.slice(8, 12)}`, text: 'for the partners' },
      { account_id: `account-${OUTSIDER}`, subject_title: `Title of ${PROJECT.slice(8, 12)}`, text: '3,500 officials trained' },
      { account_id: `account-${OUTSIDER}`, subject_title: `Title of ${PROJECT.slice(8, 12)}`, text: 'after unfollowing' },
    ]);
  });
});
