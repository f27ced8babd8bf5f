import { randomUUID } from 'node:crypto';
import { draft, mexicoDraft } from '@pfp/practices/testing';
import { mutate, mutateRaw } from '../partnerships/partnership-api';
import type { TestApi } from './harness';
import type { Row, TableActor, TableActors } from './table';

const A = 'allowed' as const;
const D = 'denied' as const;
const SUPPORT_UNIT_ONLY = { visitor: D, state: D, partner: D, supportUnit: A };

/** What the quality rows write: events of the criteria stream (practice events are counted by the practice rows). */
export const QUALITY_WRITE_COUNTERS = [`SELECT count(*) FROM es_events WHERE stream_name LIKE 'qualityCriteria-%'`];

const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
const texts = (title: string) => LANGUAGES.map((language) => ({ language, title: `${title} ${language}`, explanation: `Explained in ${language}.` }));

/** A criterion the Support Unit added for the row (its own key, so rows never share one). */
async function criterion(api: TestApi, actors: TableActors): Promise<string> {
  const key = `table-${randomUUID().slice(0, 8)}`;
  await mutate(api, actors.supportUnit.token, 'addQualityCriterion', 'AddQualityCriterionInput', { key, texts: texts('Table') }, 'revision');
  return key;
}

/** A practice of the table's state member (Mexico) in review, answering the demo criterion replicability. */
async function practiceInReview(api: TestApi, actors: TableActors): Promise<string> {
  const id = (await draft(api, actors.state.token, mexicoDraft)).practice.id as string;
  await mutate(
    api,
    actors.state.token,
    'submitPractice',
    'SubmitPracticeInput',
    { id, answers: [{ criterionKey: 'replicability', meets: true, how: 'Replicated in three countries.', links: ['https://www.gob.mx/inm'] }] },
    'revision',
  );
  return id;
}

const run = (mutation: string, input: (prepared: string) => Record<string, unknown>) => (api: TestApi, actor: TableActor, prepared: string) =>
  mutateRaw(api, actor.token, mutation, `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`, input(prepared));

/** One row per quality mutation (issue 18), for table.ts. */
export const qualityRows: Row<string>[] = [
  {
    mutation: 'addQualityCriterion',
    prepare: async () => `table-${randomUUID().slice(0, 8)}`,
    run: run('addQualityCriterion', (key) => ({ key, texts: texts('Added') })),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'rewordQualityCriterion',
    prepare: criterion,
    run: run('rewordQualityCriterion', (key) => ({ key, texts: texts('Reworded') })),
    expected: SUPPORT_UNIT_ONLY,
  },
  { mutation: 'retireQualityCriterion', prepare: criterion, run: run('retireQualityCriterion', (key) => ({ key })), expected: SUPPORT_UNIT_ONLY },
  {
    mutation: 'assessPractice',
    prepare: practiceInReview,
    run: run('assessPractice', (id) => ({ id, verdicts: [{ criterionKey: 'replicability', verdict: 'CONFIRMED' }] })),
    expected: SUPPORT_UNIT_ONLY,
  },
];
