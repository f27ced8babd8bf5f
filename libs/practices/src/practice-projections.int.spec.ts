import { randomUUID } from 'node:crypto';
import { replayTwice, snapshot } from '@pfp/event-sourcing/testing';
import type { RecordedEvent } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import type { PracticeContent, PracticeEvent } from './domain/practice';
import { PRACTICES_MIGRATIONS } from './practices.module';
import { PRACTICE_DETAILS_TABLES, practiceDetailsProjection } from './practice-details/practice-details.projection';
import { PRACTICE_INTEREST_TABLES, practiceInterestProjection } from './practice-interest/practice-interest.projection';
import { PRACTICE_SEARCH_TABLES, practiceSearchProjection } from './practice-search/practice-search.projection';
import { searchPageSql } from './practice-search/search-query';
import { recordedPracticeEvents, sampleContent } from './testing/practice-fixtures';

const id = `practice-${randomUUID()}`;
const at = '2011-11-20T10:00:00.000Z';
const content: PracticeContent = sampleContent({ body: 'Officers are trained free of charge.' });

const lifecycle: PracticeEvent[] = [
  { type: 'PracticeDrafted', data: { practiceId: id, ownerOrganizationId: 'organization-mx', ownerCountry: 'MEX', content, at } },
  { type: 'PracticeSubmitted', data: { at } },
  { type: 'PracticePublished', data: { at } },
  {
    type: 'PracticeTranslationAdded',
    data: { translation: { language: 'es', title: 'Protección de niños migrantes no acompañados', summary: 'Formación.', body: 'Gratis.' }, at },
  },
  { type: 'PracticeRevised', data: { content: { ...content, title: 'A revision in review' }, at } },
  { type: 'PracticeSubmitted', data: { at } },
  { type: 'PracticeInterestExpressed', data: { organizationId: 'organization-hn', at } },
  {
    type: 'PracticeTranslationRevised',
    data: { translation: { language: 'es', title: 'Protección de niños migrantes no acompañados', summary: 'Formación de oficiales.', body: 'Gratis.' }, at },
  },
];

const recorded = (events: PracticeEvent[], stream = id): RecordedEvent[] => recordedPracticeEvents(events, stream, at);

describe('practice projections (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('practices');
    dataSource = new DataSource({ type: 'postgres', url: db.url, migrations: PRACTICES_MIGRATIONS });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });
  beforeEach(() => dataSource.query(`TRUNCATE practice_details, practice_search, practice_interest`));

  it.each([
    ['practice-details', practiceDetailsProjection, PRACTICE_DETAILS_TABLES],
    ['practice-search', practiceSearchProjection, PRACTICE_SEARCH_TABLES],
    ['practice-interest', practiceInterestProjection, PRACTICE_INTEREST_TABLES],
  ] as const)('%s is idempotent: the same events again change nothing', async (_name, projection, tables) => {
    const { once, twice } = await replayTwice(dataSource, projection, recorded(lifecycle), [...tables]);
    expect(twice).toEqual(once);
    expect((once as Record<string, unknown[]>)[tables[0]]).toHaveLength(1);
  });

  it('cannot go back in time: an older event replayed after a newer one is skipped', async () => {
    const events = recorded(lifecycle);
    await dataSource.transaction((m) => practiceDetailsProjection.handle(events, m));
    const after = await snapshot(dataSource, PRACTICE_DETAILS_TABLES);
    await dataSource.transaction((m) => practiceDetailsProjection.handle([events[1]], m));
    expect(await snapshot(dataSource, PRACTICE_DETAILS_TABLES)).toEqual(after);
    const [row] = await dataSource.query(
      `SELECT revision, status, doc->'published'->>'title' AS published, doc->'working'->>'title' AS working FROM practice_details`,
    );
    expect(row).toEqual({ revision: 7, status: 'IN_REVIEW', published: content.title, working: 'A revision in review' });
  });

  it('indexes the published text with its translations, and finds it in either language', async () => {
    await dataSource.transaction((m) => practiceSearchProjection.handle(recorded(lifecycle), m));
    for (const search of ['unaccompanied', 'acompañados', 'child protection']) {
      const sql = searchPageSql({ search, limit: 10, offset: 0 });
      expect((await dataSource.query(sql.text, sql.values)).map((r: { id: string }) => r.id)).toEqual([id]);
    }
    const revisionText = searchPageSql({ search: 'revision', limit: 10, offset: 0 });
    expect(await dataSource.query(revisionText.text, revisionText.values)).toEqual([]);
    const [row] = await dataSource.query(`SELECT visible, regions, gcm_objectives FROM practice_search`);
    expect(row).toEqual({ visible: true, regions: ['013', '419', '019'], gcm_objectives: ['gcm-7'] });
  });

  it('keeps no working text in any search column and no contact at all', async () => {
    const sealed = { subjectId: randomUUID(), ciphertext: 'c2VhbGVk' };
    const drafted: PracticeEvent = {
      type: 'PracticeDrafted',
      data: { practiceId: id, ownerOrganizationId: 'organization-mx', ownerCountry: 'MEX', content: { ...content, contact: sealed }, at },
    };
    await dataSource.transaction((m) => practiceSearchProjection.handle(recorded([drafted]), m));
    const [draft] = await dataSource.query(
      `SELECT visible, title, themes, countries, facet_values, document::text AS document, doc::text AS doc FROM practice_search`,
    );
    expect(draft).toMatchObject({ visible: false, title: '', themes: [], countries: [], document: '' });
    expect(draft.doc).not.toContain(sealed.subjectId);
    await dataSource.transaction((m) => practiceSearchProjection.handle(recorded([drafted, ...lifecycle.slice(1, 3)]), m));
    const [published] = await dataSource.query(`SELECT visible, title, doc::text AS doc FROM practice_search`);
    expect(published).toMatchObject({ visible: true, title: content.title });
    expect(published.doc).not.toContain(sealed.subjectId);
  });

  it('takes an archived practice out of search', async () => {
    await dataSource.transaction((m) => practiceSearchProjection.handle(recorded([...lifecycle, { type: 'PracticeArchived', data: { at } }]), m));
    const sql = searchPageSql({ search: 'unaccompanied', limit: 10, offset: 0 });
    expect(await dataSource.query(sql.text, sql.values)).toEqual([]);
  });

  it('keeps co-authors with their status in practice-details, idempotently, and moves search to the same revision', async () => {
    const coAuthored: PracticeEvent[] = [
      ...lifecycle,
      { type: 'PracticeCoAuthorInvited', data: { organizationId: 'organization-icmc', at } },
      { type: 'PracticeCoAuthorInvited', data: { organizationId: 'organization-iom', at } },
      { type: 'PracticeCoAuthorshipAccepted', data: { organizationId: 'organization-icmc', at: '2011-11-21T10:00:00.000Z' } },
      { type: 'PracticeCoAuthorshipDeclined', data: { organizationId: 'organization-iom', at } },
      { type: 'PracticeCoAuthorInvited', data: { organizationId: 'organization-ilo', at } },
      { type: 'PracticeCoAuthorRemoved', data: { organizationId: 'organization-ilo', at } },
    ];
    for (const [projection, tables] of [
      [practiceDetailsProjection, PRACTICE_DETAILS_TABLES],
      [practiceSearchProjection, PRACTICE_SEARCH_TABLES],
      [practiceInterestProjection, PRACTICE_INTEREST_TABLES],
    ] as const) {
      const { once, twice } = await replayTwice(dataSource, projection, recorded(coAuthored), [...tables]);
      expect(twice).toEqual(once);
    }
    const [details] = await dataSource.query(`SELECT revision, doc->'coAuthors' AS co_authors FROM practice_details`);
    expect(details).toEqual({
      revision: coAuthored.length - 1,
      co_authors: [
        { organizationId: 'organization-icmc', status: 'ACCEPTED', invitedAt: at, answeredAt: '2011-11-21T10:00:00.000Z' },
        { organizationId: 'organization-iom', status: 'DECLINED', invitedAt: at, answeredAt: at },
      ],
    });
    const [search] = await dataSource.query(`SELECT revision FROM practice_search`);
    expect(search.revision).toBe(coAuthored.length - 1);
  });
});
