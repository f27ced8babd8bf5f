import { randomUUID } from 'node:crypto';
import { replayTwice } from '@pfp/event-sourcing/testing';
import type { RecordedEvent } from '@pfp/event-store';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { DataSource } from 'typeorm';
import type { CriterionAnswer } from './domain/assessment';
import type { PracticeEvent } from './domain/practice';
import { PRACTICES_MIGRATIONS } from './practices.module';
import { PRACTICE_DETAILS_TABLES, practiceDetailsProjection } from './practice-details/practice-details.projection';
import { PRACTICE_SEARCH_TABLES, practiceSearchProjection } from './practice-search/practice-search.projection';
import { searchPageSql } from './practice-search/search-query';
import { recordedPracticeEvents, sampleContent } from './testing/practice-fixtures';

const id = `practice-${randomUUID()}`;
const at = '2011-11-20T10:00:00.000Z';
const answer = (criterionKey: string, meets = true): CriterionAnswer => ({ criterionKey, meets, how: `How: ${criterionKey}.`, evidence: '', links: [] });
const answers = [answer('evidence-of-results'), answer('replicability'), answer('cost-and-resources', false)];
const confirm = (keys: string[]): PracticeEvent => ({
  type: 'PracticeAssessed',
  data: { verdicts: keys.map((criterionKey) => ({ criterionKey, verdict: 'CONFIRMED' as const, note: '' })), at },
});

/** Answers, a question that sends it back, answered, confirmed, published. */
const lifecycle: PracticeEvent[] = [
  { type: 'PracticeDrafted', data: { practiceId: id, ownerOrganizationId: 'organization-mx', ownerCountry: 'MEX', content: sampleContent(), at } },
  { type: 'PracticeSubmitted', data: { at, answers } },
  {
    type: 'PracticeAssessed',
    data: {
      verdicts: [
        { criterionKey: 'evidence-of-results', verdict: 'CONFIRMED', note: '' },
        { criterionKey: 'replicability', verdict: 'QUESTIONED', note: 'Where?' },
      ],
      at,
    },
  },
  { type: 'PracticeChangesRequested', data: { reason: 'replicability: Where?', at } },
  { type: 'PracticeSubmitted', data: { at, answers: [answers[0], { ...answers[1], how: 'In three countries.' }, answers[2]] } },
  confirm(['replicability', 'cost-and-resources']),
  { type: 'PracticePublished', data: { at } },
];

const recorded = (events: PracticeEvent[], stream = id): RecordedEvent[] => recordedPracticeEvents(events, stream, at);

describe('the quality assessment in the practice read models (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('practice_assessment');
    dataSource = await new DataSource({ type: 'postgres', url: db.url, migrations: PRACTICES_MIGRATIONS }).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });
  beforeEach(() => dataSource.query(`TRUNCATE practice_details, practice_search`));

  it.each([
    ['practice-details', practiceDetailsProjection, PRACTICE_DETAILS_TABLES],
    ['practice-search', practiceSearchProjection, PRACTICE_SEARCH_TABLES],
  ] as const)('%s carries the assessment and is idempotent', async (_name, projection, tables) => {
    const { once, twice } = await replayTwice(dataSource, projection, recorded(lifecycle), [...tables]);
    expect(twice).toEqual(once);
    const [row] = await dataSource.query(`SELECT doc FROM ${tables[0]}`);
    expect(row.doc.publishedAssessment.answers.map((a: { verdict: string }) => a.verdict)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED']);
  });

  it('filters search by criteria met and confirmed: all those named', async () => {
    await dataSource.transaction((m) => practiceSearchProjection.handle(recorded(lifecycle), m));
    const found = async (criteria: string[]) => {
      const sql = searchPageSql({ filter: { criteria }, limit: 10, offset: 0 });
      return (await dataSource.query(sql.text, sql.values)).map((r: { id: string }) => r.id);
    };
    expect(await found(['evidence-of-results', 'replicability'])).toEqual([id]);
    expect(await found(['replicability', 'cost-and-resources'])).toEqual([]);
    const [row] = await dataSource.query(`SELECT met_criteria FROM practice_search`);
    expect(row.met_criteria).toEqual(['evidence-of-results', 'replicability']);
  });

  it('takes a document written before issue 18 (no assessment) through a submission with answers', async () => {
    const events = recorded(lifecycle);
    await dataSource.transaction((m) => practiceDetailsProjection.handle(events.slice(0, 1), m));
    await dataSource.query(`UPDATE practice_details SET doc = doc - 'assessment' - 'publishedAssessment'`);
    await dataSource.transaction((m) => practiceDetailsProjection.handle(events.slice(1, 2), m));
    const [row] = await dataSource.query(`SELECT doc FROM practice_details`);
    expect(row.doc.assessment.answers).toHaveLength(3);
  });
});
