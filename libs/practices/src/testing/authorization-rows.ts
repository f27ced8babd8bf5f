import type { GraphQLResult } from '@pfp/identity/testing';
import { draft, mexicoDraft, mutate, mutateRaw, type Api } from './practice-api';

// The shape of test/authorization/table.ts's rows, restated here: importing it would be a cycle.
type ActorKind = 'visitor' | 'state' | 'partner' | 'supportUnit';
interface TableActor {
  token: string | null;
}
type TableActors = Record<ActorKind, TableActor>;
interface Row<P> {
  mutation: string;
  prepare?(api: Api, actors: TableActors, actor: TableActor): Promise<P>;
  run(api: Api, actor: TableActor, prepared: P): Promise<GraphQLResult>;
  expected: Record<ActorKind, 'allowed' | 'denied'>;
}

const ALLOWED = 'allowed' as const;
const DENIED = 'denied' as const;
const SUPPORT_UNIT_ONLY = { visitor: DENIED, state: DENIED, partner: DENIED, supportUnit: ALLOWED };
const OWNER_ONLY = { visitor: DENIED, state: ALLOWED, partner: DENIED, supportUnit: DENIED };

/** What the practice rows write: events of practice streams and personal-data keys. */
export const PRACTICE_WRITE_COUNTERS = [`SELECT count(*) FROM es_events WHERE stream_name LIKE 'practice-%'`, `SELECT count(*) FROM personal_data_keys`];

/** A practice of the table's state member (Mexico), taken as far as `stage`. */
async function practiceOfState(
  api: Api,
  actors: TableActors,
  stage: 'draft' | 'inReview' | 'published',
  input: Record<string, unknown> = mexicoDraft,
): Promise<string> {
  const id = (await draft(api, actors.state.token, input)).practice.id as string;
  if (stage === 'draft') return id;
  await mutate(api, actors.state.token, 'submitPractice', 'SubmitPracticeInput', { id });
  if (stage === 'published') await mutate(api, actors.supportUnit.token, 'publishPractice', 'PublishPracticeInput', { id });
  return id;
}

/** A French translation sent by each actor, on a practice `prepare` makes: the owner's alone. */
function translationRow(mutation: string, prepare: (api: Api, actors: TableActors) => Promise<string>): Row<string> {
  const inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
  return {
    mutation,
    prepare,
    run: (api, actor, id) => mutateRaw(api, actor.token, mutation, inputType, { id, language: 'fr', title: 'Protection des enfants migrants non accompagnés' }),
    expected: OWNER_ONLY,
  };
}

/** One row per practice mutation, for test/authorization/table.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different prepared types share one table
export const practiceRows: Row<any>[] = [
  {
    mutation: 'draftPractice',
    run: (api, actor) =>
      mutateRaw(api, actor.token, 'draftPractice', 'DraftPracticeInput', {
        ...mexicoDraft,
        contact: { name: 'Table Contact', email: 'table.contact@example.org' },
      }),
    expected: OWNER_ONLY,
  },
  {
    mutation: 'revisePractice',
    prepare: (api, actors) => practiceOfState(api, actors, 'draft'),
    run: (api, actor, id: string) =>
      mutateRaw(api, actor.token, 'revisePractice', 'RevisePracticeInput', {
        ...mexicoDraft,
        id,
        contact: { name: 'Table Contact', email: 'table.contact@example.org' },
      }),
    expected: OWNER_ONLY,
  },
  {
    mutation: 'submitPractice',
    prepare: (api, actors) => practiceOfState(api, actors, 'draft'),
    run: (api, actor, id: string) => mutateRaw(api, actor.token, 'submitPractice', 'SubmitPracticeInput', { id, expectedRevision: 0 }),
    expected: OWNER_ONLY,
  },
  {
    mutation: 'publishPractice',
    prepare: (api, actors) => practiceOfState(api, actors, 'inReview'),
    run: (api, actor, id: string) => mutateRaw(api, actor.token, 'publishPractice', 'PublishPracticeInput', { id }),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'requestPracticeChanges',
    prepare: (api, actors) => practiceOfState(api, actors, 'inReview'),
    run: (api, actor, id: string) => mutateRaw(api, actor.token, 'requestPracticeChanges', 'RequestPracticeChangesInput', { id, reason: 'Add the results.' }),
    expected: SUPPORT_UNIT_ONLY,
  },
  {
    mutation: 'archivePractice',
    prepare: (api, actors) => practiceOfState(api, actors, 'draft'),
    run: (api, actor, id: string) => mutateRaw(api, actor.token, 'archivePractice', 'ArchivePracticeInput', { id }),
    expected: { visitor: DENIED, state: ALLOWED, partner: DENIED, supportUnit: ALLOWED },
  },
  translationRow('addPracticeTranslation', (api, actors) => practiceOfState(api, actors, 'published')),
  translationRow('revisePracticeTranslation', async (api, actors) => {
    const id = await practiceOfState(api, actors, 'published');
    await mutate(api, actors.state.token, 'addPracticeTranslation', 'AddPracticeTranslationInput', { id, language: 'fr', title: 'Protection des enfants' });
    return id;
  }),
  {
    // Any organisation but the owner: the state member's own practice is refused (FORBIDDEN).
    mutation: 'expressInterestInPractice',
    prepare: (api, actors) => practiceOfState(api, actors, 'published'),
    run: (api, actor, id: string) => mutateRaw(api, actor.token, 'expressInterestInPractice', 'ExpressInterestInPracticeInput', { id }),
    expected: { visitor: DENIED, state: DENIED, partner: ALLOWED, supportUnit: ALLOWED },
  },
  {
    mutation: 'eraseContact',
    prepare: (api, actors) => practiceOfState(api, actors, 'draft', { ...mexicoDraft, contact: { name: 'Table Contact', email: 'table.contact@example.org' } }),
    run: (api, actor, id: string) => mutateRaw(api, actor.token, 'eraseContact', 'EraseContactInput', { id }),
    expected: SUPPORT_UNIT_ONLY,
  },
];
