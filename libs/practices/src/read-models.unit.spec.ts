import { fold } from '@pfp/kernel';
import type { ExistingPractice, PracticeContent, PracticeEvent } from './domain/practice';
import { PRACTICE_EVENT_TYPES } from './domain/practice';
import { practiceAggregate } from './domain/practice-aggregate';
import { detailsOf, practiceDetailsHandlers, type PracticeDetails } from './practice-details/practice-details.projection';
import { practiceInterestHandlers } from './practice-interest/practice-interest.projection';
import { practiceSearchHandlers } from './practice-search/practice-search.projection';
import { sampleContent } from './testing/practice-fixtures';

const id = 'practice-00000000-0000-4000-8000-000000000001';
const at = '2011-11-20T10:00:00.000Z';
const content: PracticeContent = sampleContent({
  summary: 'Training.',
  body: 'Free of charge.',
  countries: ['MEX'],
  themes: ['gcm-7'],
  contact: { subjectId: 'subject-1', ciphertext: 'sealed' },
});
const lifecycle: PracticeEvent[] = [
  { type: 'PracticeDrafted', data: { practiceId: id, ownerOrganizationId: 'organization-mx', ownerCountry: 'MEX', content, at } },
  { type: 'PracticeSubmitted', data: { at } },
  { type: 'PracticeChangesRequested', data: { reason: 'More', at } },
  { type: 'PracticeRevised', data: { content: { ...content, title: 'Revised' }, at } },
  { type: 'PracticeSubmitted', data: { at } },
  { type: 'PracticePublished', data: { at } },
  { type: 'PracticeTranslationAdded', data: { translation: { language: 'es', title: 'Protección', summary: 'Formación.', body: 'Gratis.' }, at } },
  { type: 'PracticeTranslationRevised', data: { translation: { language: 'es', title: 'Protección de niños', summary: 'Formación.', body: 'Gratis.' }, at } },
  { type: 'PracticeInterestExpressed', data: { organizationId: 'organization-hn', at } },
  { type: 'PracticeRevised', data: { content: { ...content, title: 'In review' }, at: '2011-12-01T00:00:00.000Z' } },
  { type: 'PracticeSubmitted', data: { at: '2011-12-01T00:00:00.000Z' } },
  { type: 'PracticeContactErased', data: { subjectId: 'subject-1', at } },
  { type: 'PracticeArchived', data: { at } },
];

function foldDocument<Doc>(handlers: Record<string, ((doc: Doc | null, event: never) => Doc | null) | null>, events: PracticeEvent[]): Doc | null {
  let doc: Doc | null = null;
  for (const e of events) doc = handlers[e.type]?.(doc, e as never) ?? doc;
  return doc;
}

describe('practice read models', () => {
  it.each([
    ['practice-details', practiceDetailsHandlers],
    ['practice-search', practiceSearchHandlers],
    ['practice-interest', practiceInterestHandlers],
  ])('%s names every practice event type in its handlers', (_name, handlers) => {
    expect(Object.keys(handlers).sort()).toEqual([...PRACTICE_EVENT_TYPES].sort());
  });

  it('practice-details folds to what the aggregate presents, after every event', () => {
    for (let n = 1; n <= lifecycle.length; n++) {
      const events = lifecycle.slice(0, n);
      const state = fold(practiceAggregate, events) as ExistingPractice;
      expect(foldDocument<PracticeDetails>(practiceDetailsHandlers as never, events)).toEqual(detailsOf(state));
    }
  });

  it('practice-details and practice-search keep one translation per language, the revised one', () => {
    for (const handlers of [practiceDetailsHandlers, practiceSearchHandlers]) {
      const doc = foldDocument<{ translations: unknown[] }>(handlers as never, lifecycle.slice(0, 8));
      expect(doc?.translations).toEqual([{ language: 'es', title: 'Protección de niños', summary: 'Formación.', body: 'Gratis.' }]);
    }
  });

  it('practice-interest lists each interested organisation once, earliest first', () => {
    const again: PracticeEvent = { type: 'PracticeInterestExpressed', data: { organizationId: 'organization-hn', at: '2012-01-01T00:00:00.000Z' } };
    const iom: PracticeEvent = { type: 'PracticeInterestExpressed', data: { organizationId: 'organization-iom', at } };
    const doc = foldDocument(practiceInterestHandlers as never, [...lifecycle, again, iom]);
    expect(doc).toEqual({
      id,
      ownerOrganizationId: 'organization-mx',
      organizations: [
        { organizationId: 'organization-hn', at },
        { organizationId: 'organization-iom', at },
      ],
    });
  });

  it('practice-search publishes the text last submitted, and never holds a contact', () => {
    const doc = foldDocument(practiceSearchHandlers as never, lifecycle.slice(0, 10)) as { published: PracticeContent; next: PracticeContent };
    expect(doc.published).toMatchObject({ title: 'Revised', contact: null });
    expect(doc.next).toMatchObject({ title: 'In review', contact: null });
    expect(JSON.stringify(foldDocument(practiceSearchHandlers as never, lifecycle))).not.toContain('subject-1');
  });
});
