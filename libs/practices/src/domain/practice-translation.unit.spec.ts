import type { Actor } from '@pfp/kernel';
import { fold } from '@pfp/kernel';
import { DeciderSpecification } from '@pfp/testing';
import { sampleContent } from '../testing/practice-fixtures';
import type { PracticeCommand } from './decide';
import type { PracticeEvent, Translation } from './practice';
import { practiceAggregate } from './practice-aggregate';

const mexico: Actor = { accountId: 'account-mx', organizationId: 'organization-mx', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const honduras: Actor = { accountId: 'account-hn', organizationId: 'organization-hn', organizationKind: 'STATE', role: 'MEMBER', country: 'HND' };
const supportUnit: Actor = { accountId: 'account-su', organizationId: 'organization-su', organizationKind: 'SUPPORT_UNIT', role: 'ADMIN' };
const at = '2011-11-20T10:00:00.000Z';
const id = 'practice-00000000-0000-4000-8000-000000000001';

const drafted: PracticeEvent = {
  type: 'PracticeDrafted',
  data: { practiceId: id, ownerOrganizationId: mexico.organizationId, ownerCountry: 'MEX', content: sampleContent(), at },
};
const french: Translation = { language: 'fr', title: 'Protection des enfants', summary: 'Formation.', body: 'Corps.' };
const better: Translation = { ...french, title: 'Protection des enfants migrants non accompagnés', body: 'La formation est **gratuite**.' };
const added: PracticeEvent = { type: 'PracticeTranslationAdded', data: { translation: french, at } };
const inSpanish: Translation = { language: 'es', title: 'Protección', summary: '', body: '' };
const spanish: PracticeEvent = { type: 'PracticeTranslationAdded', data: { translation: inSpanish, at } };

const spec = DeciderSpecification(practiceAggregate);
const revise = (actor: Actor | null, translation: Translation = better): PracticeCommand => ({
  type: 'RevisePracticeTranslation',
  actor,
  at,
  data: { translation },
});

describe('Practice decider: RevisePracticeTranslation', () => {
  it('lets the owner replace a translation whole', () =>
    spec
      .given([drafted, added])
      .when(revise(mexico))
      .then([{ type: 'PracticeTranslationRevised', data: { translation: better, at } }]));
  it('refuses a language with no translation yet (add it first)', () =>
    spec.given([drafted, spanish]).when(revise(mexico)).thenThrows('PRACTICE.NO_SUCH_TRANSLATION', 'NOT_FOUND'));
  it('refuses the original language', () =>
    spec
      .given([drafted, added])
      .when(revise(mexico, { ...better, language: 'en' }))
      .thenThrows('PRACTICE.ORIGINAL_LANGUAGE', 'BAD_USER_INPUT'));
  it('refuses a title over 200 characters', () =>
    spec
      .given([drafted, added])
      .when(revise(mexico, { ...better, title: 'x'.repeat(201) }))
      .thenThrows('PRACTICE.INVALID', 'BAD_USER_INPUT'));
  it('refuses an empty title', () =>
    spec
      .given([drafted, added])
      .when(revise(mexico, { ...better, title: '  ' }))
      .thenThrows('PRACTICE.INVALID', 'BAD_USER_INPUT'));
  it('refuses another state', () => spec.given([drafted, added]).when(revise(honduras)).thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
  it('refuses the Support Unit', () => spec.given([drafted, added]).when(revise(supportUnit)).thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
  it('refuses a visitor', () => spec.given([drafted, added]).when(revise(null)).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
  it('refuses an archived practice', () =>
    spec
      .given([drafted, added, { type: 'PracticeArchived', data: { at } }])
      .when(revise(mexico))
      .thenThrows('PRACTICE.ARCHIVED'));
  it('refuses a practice that does not exist', () => spec.given([]).when(revise(mexico)).thenThrows('PRACTICE.NOT_FOUND', 'NOT_FOUND'));
  it('keeps one translation per language, in the order they were added', () => {
    const state = fold(practiceAggregate, [drafted, added, spanish, { type: 'PracticeTranslationRevised', data: { translation: better, at } }]);
    expect(state).toMatchObject({ translations: [better, inSpanish] });
  });
});
