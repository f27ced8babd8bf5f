import { demoOrganizationId } from '@pfp/identity';
import type { TableActors, TableRow } from '@pfp/identity/testing';
import { draft, mexicoDraft, mutate, mutateRaw, type Api } from './practice-api';

type Row<P> = TableRow<P, Api>;

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

type Prepare = (api: Api, actors: TableActors) => Promise<string>;
const atStage =
  (stage: 'draft' | 'inReview' | 'published', input?: Record<string, unknown>): Prepare =>
  (api, actors) =>
    practiceOfState(api, actors, stage, input);

/** `mutation` (input type `<Mutation>Input`) with `input(id)`, sent by each actor on the practice `prepare` makes (none: it makes one). */
function practiceRow(
  mutation: string,
  expected: Row<string>['expected'],
  prepare: Prepare | null,
  input: (id: string) => Record<string, unknown>,
): Row<string> {
  const inputType = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
  return {
    mutation,
    ...(prepare ? { prepare } : {}),
    run: (api, actor, id) => mutateRaw(api, actor.token, mutation, inputType, input(id)),
    expected,
  };
}

/** The table's partner (IOM) invited to co-author a draft of the state's. */
const withInvitation: Prepare = async (api, actors) => {
  const id = await practiceOfState(api, actors, 'draft');
  await mutate(api, actors.state.token, 'invitePracticeCoAuthor', 'InvitePracticeCoAuthorInput', { id, organizationId: demoOrganizationId('iom') });
  return id;
};
const INVITED_ONLY = { visitor: DENIED, state: DENIED, partner: ALLOWED, supportUnit: DENIED };

const CONTACT = { name: 'Table Contact', email: 'table.contact@example.org' };
const FRENCH = { language: 'fr', title: 'Protection des enfants migrants non accompagnés' };

/** One row per practice mutation, for test/authorization/table.ts. */
export const practiceRows: Row<string>[] = [
  practiceRow('draftPractice', OWNER_ONLY, null, () => ({ ...mexicoDraft, contact: CONTACT })),
  practiceRow('revisePractice', OWNER_ONLY, atStage('draft'), (id) => ({ ...mexicoDraft, id, contact: CONTACT })),
  practiceRow('submitPractice', OWNER_ONLY, atStage('draft'), (id) => ({ id, expectedRevision: 0 })),
  practiceRow('publishPractice', SUPPORT_UNIT_ONLY, atStage('inReview'), (id) => ({ id })),
  practiceRow('requestPracticeChanges', SUPPORT_UNIT_ONLY, atStage('inReview'), (id) => ({ id, reason: 'Add the results.' })),
  practiceRow('archivePractice', { visitor: DENIED, state: ALLOWED, partner: DENIED, supportUnit: ALLOWED }, atStage('draft'), (id) => ({ id })),
  // a French translation: the owner's alone
  practiceRow('addPracticeTranslation', OWNER_ONLY, atStage('published'), (id) => ({ id, ...FRENCH })),
  practiceRow(
    'revisePracticeTranslation',
    OWNER_ONLY,
    async (api, actors) => {
      const id = await practiceOfState(api, actors, 'published');
      await mutate(api, actors.state.token, 'addPracticeTranslation', 'AddPracticeTranslationInput', { id, language: 'fr', title: 'Protection des enfants' });
      return id;
    },
    (id) => ({ id, ...FRENCH }),
  ),
  // any organisation but the owner: the state member's own practice is refused (FORBIDDEN)
  practiceRow('expressInterestInPractice', { visitor: DENIED, state: DENIED, partner: ALLOWED, supportUnit: ALLOWED }, atStage('published'), (id) => ({ id })),
  practiceRow('eraseContact', SUPPORT_UNIT_ONLY, atStage('draft', { ...mexicoDraft, contact: CONTACT }), (id) => ({ id })),
  // co-authors (issue 14): the owner invites and removes, the invited organisation (the partner, IOM) answers
  practiceRow('invitePracticeCoAuthor', OWNER_ONLY, atStage('draft'), (id) => ({ id, organizationId: demoOrganizationId('iom') })),
  practiceRow('acceptPracticeCoAuthorship', INVITED_ONLY, withInvitation, (id) => ({ id })),
  practiceRow('declinePracticeCoAuthorship', INVITED_ONLY, withInvitation, (id) => ({ id })),
  practiceRow('removePracticeCoAuthor', OWNER_ONLY, withInvitation, (id) => ({ id, organizationId: demoOrganizationId('iom') })),
];
