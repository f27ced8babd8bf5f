import type { Actor } from '@pfp/kernel';
import { DeciderSpecification } from '@pfp/testing';
import { fold } from '@pfp/kernel';
import type { PracticeCommand } from './decide';
import { practiceAggregate } from './practice-aggregate';
import type { PracticeContent, PracticeEvent } from './practice';
import { sampleContent } from '../testing/practice-fixtures';

const mexico: Actor = { accountId: 'account-mx', organizationId: 'organization-mx', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const honduras: Actor = { accountId: 'account-hn', organizationId: 'organization-hn', organizationKind: 'STATE', role: 'MEMBER', country: 'HND' };
const iom: Actor = { accountId: 'account-iom', organizationId: 'organization-iom', organizationKind: 'INTERNATIONAL_ORGANIZATION', role: 'MEMBER' };
const supportUnit: Actor = { accountId: 'account-su', organizationId: 'organization-su', organizationKind: 'SUPPORT_UNIT', role: 'ADMIN' };
const at = '2011-11-20T10:00:00.000Z';
const id = 'practice-00000000-0000-4000-8000-000000000001';

const content: PracticeContent = sampleContent({
  results: [{ indicator: 'officials trained', value: '3500' }],
  contact: { subjectId: 'subject-1', ciphertext: 'sealed' },
});

const drafted: PracticeEvent = {
  type: 'PracticeDrafted',
  data: { practiceId: id, ownerOrganizationId: mexico.organizationId, ownerCountry: 'MEX', content, at },
};
const submitted: PracticeEvent = { type: 'PracticeSubmitted', data: { at } };
const published: PracticeEvent = { type: 'PracticePublished', data: { at } };
const changesRequested: PracticeEvent = { type: 'PracticeChangesRequested', data: { reason: 'Add results', at } };
const archived: PracticeEvent = { type: 'PracticeArchived', data: { at } };
const revised = (c: PracticeContent = content): PracticeEvent => ({ type: 'PracticeRevised', data: { content: c, at } });
const french = { language: 'fr' as const, title: 'Protection des enfants', summary: 'Formation.', body: 'Corps.' };

const spec = DeciderSpecification(practiceAggregate);
type WithoutTime<T> = T extends unknown ? Omit<T, 'at'> : never;
const cmd = (command: WithoutTime<PracticeCommand>): PracticeCommand => ({ at, ...command }) as PracticeCommand;

describe('Practice decider', () => {
  describe('DraftPractice', () => {
    it('lets a member of a state draft for its own state', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content } }))
        .then([drafted]));
    it('lets a draft be incomplete', () => {
      const partial = { ...content, summary: '', body: '', themes: [], countries: [], period: null };
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: partial } }))
        .then([{ type: 'PracticeDrafted', data: { practiceId: id, ownerOrganizationId: mexico.organizationId, ownerCountry: 'MEX', content: partial, at } }]);
    });
    it('refuses a visitor', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: null, data: { practiceId: id, content } }))
        .thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
    it('refuses a partner organisation', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: iom, data: { practiceId: id, content } }))
        .thenThrows('PRACTICE.STATES_ONLY', 'FORBIDDEN'));
    it('refuses the Support Unit', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: supportUnit, data: { practiceId: id, content } }))
        .thenThrows('PRACTICE.STATES_ONLY', 'FORBIDDEN'));
    it('refuses an id already used', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content } }))
        .thenThrows('PRACTICE.ALREADY_EXISTS', 'CONFLICT'));
    it('refuses an empty title', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, title: ' ' } } }))
        .thenThrows('PRACTICE.INVALID', 'BAD_USER_INPUT'));
    it('refuses a title over 200 characters', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, title: 'x'.repeat(201) } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses a summary over 1,000 characters', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, summary: 'x'.repeat(1001) } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses a body over 20,000 characters', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, body: 'x'.repeat(20_001) } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses a country that is not alpha-3', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, countries: ['MX'] } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses a period that ends before it starts', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, period: { start: '2011-05', end: '2010' } } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses a malformed period', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, period: { start: '2011-13', end: null } } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses a period on a day that does not exist', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, period: { start: '2011-02-30', end: null } } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('counts characters as a person does: 200 emoji or flags are a title of 200', () => {
      const title = '🇲🇽'.repeat(100) + '👨‍👩‍👧‍👦'.repeat(100);
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, title } } }))
        .then([
          {
            type: 'PracticeDrafted',
            data: { practiceId: id, ownerOrganizationId: mexico.organizationId, ownerCountry: 'MEX', content: { ...content, title }, at },
          },
        ]);
    });
    it('refuses 201 emoji as a title', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, title: '😀'.repeat(201) } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses a title made only of invisible characters', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, title: '\u200B\u200D\uFEFF\u200E' } } }))
        .thenThrows('PRACTICE.INVALID', 'BAD_USER_INPUT'));
    it('refuses a NUL in the body', () =>
      spec
        .given([])
        .when(cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, body: 'a\u0000b' } } }))
        .thenThrows('PRACTICE.INVALID', 'BAD_USER_INPUT'));
    it('refuses a result without a value or without an indicator', () => {
      spec
        .given([])
        .when(
          cmd({
            type: 'DraftPractice',
            actor: mexico,
            data: { practiceId: id, content: { ...content, results: [{ indicator: 'officials trained', value: ' ' }] } },
          }),
        )
        .thenThrows('PRACTICE.INVALID');
      spec
        .given([])
        .when(
          cmd({ type: 'DraftPractice', actor: mexico, data: { practiceId: id, content: { ...content, results: [{ indicator: '\u200B', value: '3500' }] } } }),
        )
        .thenThrows('PRACTICE.INVALID');
    });
  });

  describe('RevisePractice', () => {
    const newer = { ...content, title: 'Revised title' };
    it('lets the owner revise a draft', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'RevisePractice', actor: mexico, data: { content: newer } }))
        .then([revised(newer)]));
    it('lets the owner revise after changes were requested', () =>
      spec
        .given([drafted, submitted, changesRequested])
        .when(cmd({ type: 'RevisePractice', actor: mexico, data: { content: newer } }))
        .then([revised(newer)]));
    it('sends a revision of a published practice to review', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'RevisePractice', actor: mexico, data: { content: newer } }))
        .then([revised(newer), submitted]));
    it('refuses an incomplete revision of a published practice', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'RevisePractice', actor: mexico, data: { content: { ...newer, themes: [] } } }))
        .thenThrows('PRACTICE.INCOMPLETE'));
    it('refuses another state', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'RevisePractice', actor: honduras, data: { content: newer } }))
        .thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
    it('refuses the Support Unit', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'RevisePractice', actor: supportUnit, data: { content: newer } }))
        .thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
    it('refuses a visitor', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'RevisePractice', actor: null, data: { content: newer } }))
        .thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED'));
    it('refuses while in review', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'RevisePractice', actor: mexico, data: { content: newer } }))
        .thenThrows('PRACTICE.IN_REVIEW'));
    it('refuses an archived practice', () =>
      spec
        .given([drafted, archived])
        .when(cmd({ type: 'RevisePractice', actor: mexico, data: { content: newer } }))
        .thenThrows('PRACTICE.ARCHIVED'));
    it('refuses a practice that does not exist', () =>
      spec
        .given([])
        .when(cmd({ type: 'RevisePractice', actor: mexico, data: { content: newer } }))
        .thenThrows('PRACTICE.NOT_FOUND', 'NOT_FOUND'));
    it('refuses a title over 200 characters', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'RevisePractice', actor: mexico, data: { content: { ...content, title: 'x'.repeat(201) } } }))
        .thenThrows('PRACTICE.INVALID'));
  });

  describe('SubmitPractice', () => {
    it('sends a complete draft to review', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: {} }))
        .then([submitted]));
    it('resubmits after changes were requested', () =>
      spec
        .given([drafted, submitted, changesRequested])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: {} }))
        .then([submitted]));
    it('refuses an incomplete draft, naming what is missing', () => {
      const bare: PracticeEvent = {
        ...drafted,
        data: { ...drafted.data, content: { ...content, summary: '', themes: [], countries: [], period: null } },
      } as PracticeEvent;
      spec
        .given([bare])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: {} }))
        .thenThrows('PRACTICE.INCOMPLETE', 'BAD_USER_INPUT');
    });
    it('refuses another state', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'SubmitPractice', actor: honduras, data: {} }))
        .thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
    it('refuses a visitor', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'SubmitPractice', actor: null, data: {} }))
        .thenThrows('AUTH.UNAUTHENTICATED'));
    it('refuses a practice already in review', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: {} }))
        .thenThrows('PRACTICE.NOT_SUBMITTABLE'));
    it('refuses a published practice (revise it instead)', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: {} }))
        .thenThrows('PRACTICE.NOT_SUBMITTABLE'));
    it('refuses an archived practice', () =>
      spec
        .given([drafted, archived])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: {} }))
        .thenThrows('PRACTICE.ARCHIVED'));
    it('refuses a practice that does not exist', () =>
      spec
        .given([])
        .when(cmd({ type: 'SubmitPractice', actor: mexico, data: {} }))
        .thenThrows('PRACTICE.NOT_FOUND'));
  });

  describe('PublishPractice', () => {
    it('lets the Support Unit publish a practice in review', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'PublishPractice', actor: supportUnit, data: {} }))
        .then([published]));
    it('publishes a revision of a published practice', () =>
      spec
        .given([drafted, submitted, published, revised(), submitted])
        .when(cmd({ type: 'PublishPractice', actor: supportUnit, data: {} }))
        .then([published]));
    it('refuses the owner', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'PublishPractice', actor: mexico, data: {} }))
        .thenThrows('AUTH.SUPPORT_UNIT_ONLY', 'FORBIDDEN'));
    it('refuses a partner', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'PublishPractice', actor: iom, data: {} }))
        .thenThrows('AUTH.SUPPORT_UNIT_ONLY', 'FORBIDDEN'));
    it('refuses a visitor', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'PublishPractice', actor: null, data: {} }))
        .thenThrows('AUTH.UNAUTHENTICATED'));
    it('refuses a draft', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'PublishPractice', actor: supportUnit, data: {} }))
        .thenThrows('PRACTICE.NOT_IN_REVIEW'));
    it('refuses a published practice', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'PublishPractice', actor: supportUnit, data: {} }))
        .thenThrows('PRACTICE.NOT_IN_REVIEW'));
    it('refuses a practice that does not exist', () =>
      spec
        .given([])
        .when(cmd({ type: 'PublishPractice', actor: supportUnit, data: {} }))
        .thenThrows('PRACTICE.NOT_FOUND'));
  });

  describe('RequestPracticeChanges', () => {
    it('sends a practice in review back with a reason', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'RequestPracticeChanges', actor: supportUnit, data: { reason: ' Add results ' } }))
        .then([changesRequested]));
    it('needs a reason', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'RequestPracticeChanges', actor: supportUnit, data: { reason: '  ' } }))
        .thenThrows('PRACTICE.REASON_REQUIRED', 'BAD_USER_INPUT'));
    it('refuses a reason over 2,000 characters', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'RequestPracticeChanges', actor: supportUnit, data: { reason: 'x'.repeat(2001) } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses the owner', () =>
      spec
        .given([drafted, submitted])
        .when(cmd({ type: 'RequestPracticeChanges', actor: mexico, data: { reason: 'r' } }))
        .thenThrows('AUTH.SUPPORT_UNIT_ONLY', 'FORBIDDEN'));
    it('refuses a draft', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'RequestPracticeChanges', actor: supportUnit, data: { reason: 'r' } }))
        .thenThrows('PRACTICE.NOT_IN_REVIEW'));
  });

  describe('ArchivePractice', () => {
    it('lets the owner archive', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'ArchivePractice', actor: mexico, data: {} }))
        .then([archived]));
    it('lets the Support Unit archive', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'ArchivePractice', actor: supportUnit, data: {} }))
        .then([archived]));
    it('refuses another state', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'ArchivePractice', actor: honduras, data: {} }))
        .thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
    it('refuses a partner', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'ArchivePractice', actor: iom, data: {} }))
        .thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
    it('refuses a visitor', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'ArchivePractice', actor: null, data: {} }))
        .thenThrows('AUTH.UNAUTHENTICATED'));
    it('refuses twice', () =>
      spec
        .given([drafted, archived])
        .when(cmd({ type: 'ArchivePractice', actor: mexico, data: {} }))
        .thenThrows('PRACTICE.ARCHIVED'));
  });

  describe('AddPracticeTranslation', () => {
    it('lets the owner add a translation in a UN language', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'AddPracticeTranslation', actor: mexico, data: { translation: french } }))
        .then([{ type: 'PracticeTranslationAdded', data: { translation: french, at } }]));
    it('refuses a second translation in the same language', () =>
      spec
        .given([drafted, { type: 'PracticeTranslationAdded', data: { translation: french, at } }])
        .when(cmd({ type: 'AddPracticeTranslation', actor: mexico, data: { translation: french } }))
        .thenThrows('PRACTICE.TRANSLATION_EXISTS', 'CONFLICT'));
    it('refuses the original language', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'AddPracticeTranslation', actor: mexico, data: { translation: { ...french, language: 'en' } } }))
        .thenThrows('PRACTICE.ORIGINAL_LANGUAGE'));
    it('refuses a language that is not a UN language', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'AddPracticeTranslation', actor: mexico, data: { translation: { ...french, language: 'de' as 'fr' } } }))
        .thenThrows('PRACTICE.LANGUAGE_UNSUPPORTED'));
    it('refuses a translated title over 200 characters', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'AddPracticeTranslation', actor: mexico, data: { translation: { ...french, title: 'x'.repeat(201) } } }))
        .thenThrows('PRACTICE.INVALID'));
    it('refuses another state', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'AddPracticeTranslation', actor: honduras, data: { translation: french } }))
        .thenThrows('PRACTICE.NOT_OWNER', 'FORBIDDEN'));
    it('refuses an archived practice', () =>
      spec
        .given([drafted, archived])
        .when(cmd({ type: 'AddPracticeTranslation', actor: mexico, data: { translation: french } }))
        .thenThrows('PRACTICE.ARCHIVED'));
  });

  describe('ExpressInterestInPractice', () => {
    const interest: PracticeEvent = { type: 'PracticeInterestExpressed', data: { organizationId: honduras.organizationId, at } };
    it('lets another organisation express interest in a published practice', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'ExpressInterestInPractice', actor: honduras, data: {} }))
        .then([interest]));
    it('lets a partner organisation express interest', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'ExpressInterestInPractice', actor: iom, data: {} }))
        .then([{ type: 'PracticeInterestExpressed', data: { organizationId: iom.organizationId, at } }]));
    it('refuses a second time', () =>
      spec
        .given([drafted, submitted, published, interest])
        .when(cmd({ type: 'ExpressInterestInPractice', actor: honduras, data: {} }))
        .thenThrows('PRACTICE.INTEREST_ALREADY_EXPRESSED', 'CONFLICT'));
    it('refuses the owner', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'ExpressInterestInPractice', actor: mexico, data: {} }))
        .thenThrows('PRACTICE.OWN_PRACTICE', 'FORBIDDEN'));
    it('refuses a visitor', () =>
      spec
        .given([drafted, submitted, published])
        .when(cmd({ type: 'ExpressInterestInPractice', actor: null, data: {} }))
        .thenThrows('AUTH.UNAUTHENTICATED'));
    it('refuses an unpublished practice', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'ExpressInterestInPractice', actor: honduras, data: {} }))
        .thenThrows('PRACTICE.NOT_PUBLISHED'));
    it('refuses an archived practice', () =>
      spec
        .given([drafted, submitted, published, archived])
        .when(cmd({ type: 'ExpressInterestInPractice', actor: honduras, data: {} }))
        .thenThrows('PRACTICE.NOT_PUBLISHED'));
  });

  describe('EraseContact', () => {
    it('lets the Support Unit erase the contact', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'EraseContact', actor: supportUnit, data: { subjectId: 'subject-1' } }))
        .then([{ type: 'PracticeContactErased', data: { subjectId: 'subject-1', at } }]));
    it('refuses the owner', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'EraseContact', actor: mexico, data: { subjectId: 'subject-1' } }))
        .thenThrows('AUTH.SUPPORT_UNIT_ONLY', 'FORBIDDEN'));
    it('refuses a contact the practice does not have', () =>
      spec
        .given([drafted])
        .when(cmd({ type: 'EraseContact', actor: supportUnit, data: { subjectId: 'subject-2' } }))
        .thenThrows('PRACTICE.NO_SUCH_CONTACT', 'NOT_FOUND'));
  });

  describe('evolve', () => {
    it('keeps the published text visible while a revision is in review', () => {
      const events = [drafted, submitted, published, revised({ ...content, title: 'Newer' }), submitted];
      const state = fold(practiceAggregate, events);
      expect(state).toMatchObject({ status: 'IN_REVIEW', published: { title: content.title }, working: { title: 'Newer' } });
    });
    it('forgets an erased contact', () => {
      const state = fold(practiceAggregate, [drafted, { type: 'PracticeContactErased', data: { subjectId: 'subject-1', at } } as PracticeEvent]);
      expect(state).toMatchObject({ working: { contact: null } });
    });
  });
});
