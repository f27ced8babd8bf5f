import { documentProjection, type DocumentHandlers } from '@pfp/event-sourcing';
import type { ExistingPractice, PracticeContent, PracticeEvent, PracticeStatus, Translation } from '../domain/practice';
import { PRACTICE_CATEGORY, withTranslation } from '../domain/practice';
import { NO_ASSESSMENT, withAnswers, withVerdicts, type Assessment } from '../domain/assessment';
import { withCoAuthorEvent, type CoAuthor, type CoAuthorEvent } from '../domain/co-authors';

export const PRACTICE_DETAILS = 'practice-details';
export const PRACTICE_DETAILS_TABLES = ['practice_details'];

/**
 * What the practice query presents: the public text and, for the owner and the Support Unit,
 * the working text and the review's reason. Each text keeps its sealed contact (subject id and
 * ciphertext), which the `contact` field opens for signed-in viewers while its key exists;
 * PracticeContactErased clears it here. No interested organisations (only their count).
 */
export interface PracticeDetails {
  id: string;
  status: PracticeStatus;
  ownerOrganizationId: string;
  ownerCountry: string | null;
  working: PracticeContent;
  published: PracticeContent | null;
  translations: Translation[];
  interestCount: number;
  /** Invited and accepted co-authors, and declined invitations; absent in documents written before co-authorship. */
  coAuthors?: CoAuthor[];
  changesRequested: string | null;
  /** The answers to the quality criteria and the verdicts (working); absent in documents written before issue 18. */
  assessment?: Assessment;
  /** The assessment of the published text. */
  publishedAssessment?: Assessment | null;
  draftedAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** The same document from the aggregate's state (a mutation's outcome, the practice as of a time). */
export function detailsOf(state: ExistingPractice): PracticeDetails {
  const { id, status, ownerOrganizationId, ownerCountry, working, published, translations, changesRequested, draftedAt, updatedAt, publishedAt } = state;
  return {
    id,
    status,
    ownerOrganizationId,
    ownerCountry,
    working,
    published,
    translations,
    interestCount: state.interestedOrganizations.length,
    coAuthors: state.coAuthors,
    changesRequested,
    assessment: state.assessment,
    publishedAssessment: state.publishedAssessment,
    draftedAt,
    updatedAt,
    publishedAt,
  };
}

function withoutContact(content: PracticeContent, subjectId: string): PracticeContent {
  return content.contact?.subjectId === subjectId ? { ...content, contact: null } : content;
}

function coAuthorsChanged(doc: PracticeDetails | null, event: CoAuthorEvent): PracticeDetails | null {
  return doc && { ...doc, coAuthors: withCoAuthorEvent(doc.coAuthors ?? [], event) };
}

export const practiceDetailsHandlers: DocumentHandlers<PracticeDetails, PracticeEvent> = {
  PracticeDrafted: (_, { data }) => ({
    id: data.practiceId,
    status: 'DRAFT',
    ownerOrganizationId: data.ownerOrganizationId,
    ownerCountry: data.ownerCountry,
    working: data.content,
    published: null,
    translations: [],
    interestCount: 0,
    coAuthors: [],
    changesRequested: null,
    assessment: NO_ASSESSMENT,
    publishedAssessment: null,
    draftedAt: data.at,
    updatedAt: data.at,
    publishedAt: null,
  }),
  PracticeRevised: (doc, { data }) => doc && { ...doc, working: data.content, updatedAt: data.at },
  PracticeSubmitted: (doc, { data }) =>
    doc && { ...doc, status: 'IN_REVIEW', changesRequested: null, assessment: withAnswers(doc.assessment ?? NO_ASSESSMENT, data.answers), updatedAt: data.at },
  PracticeAssessed: (doc, { data }) => doc && { ...doc, assessment: withVerdicts(doc.assessment ?? NO_ASSESSMENT, data.verdicts, data.at), updatedAt: data.at },
  PracticePublished: (doc, { data }) =>
    doc && {
      ...doc,
      status: 'PUBLISHED',
      published: doc.working,
      publishedAssessment: doc.assessment ?? NO_ASSESSMENT,
      publishedAt: data.at,
      updatedAt: data.at,
    },
  PracticeChangesRequested: (doc, { data }) => doc && { ...doc, status: 'CHANGES_REQUESTED', changesRequested: data.reason, updatedAt: data.at },
  PracticeArchived: (doc, { data }) => doc && { ...doc, status: 'ARCHIVED', updatedAt: data.at },
  PracticeTranslationAdded: (doc, { data }) => doc && { ...doc, translations: [...doc.translations, data.translation], updatedAt: data.at },
  PracticeTranslationRevised: (doc, { data }) => doc && { ...doc, translations: withTranslation(doc.translations, data.translation), updatedAt: data.at },
  PracticeInterestExpressed: (doc) => doc && { ...doc, interestCount: doc.interestCount + 1 },
  PracticeContactErased: (doc, { data }) =>
    doc && { ...doc, working: withoutContact(doc.working, data.subjectId), published: doc.published && withoutContact(doc.published, data.subjectId) },
  PracticeCoAuthorInvited: coAuthorsChanged,
  PracticeCoAuthorshipAccepted: coAuthorsChanged,
  PracticeCoAuthorshipDeclined: coAuthorsChanged,
  PracticeCoAuthorRemoved: coAuthorsChanged,
};

/** practice_details: one document per practice, with the columns the working lists filter and sort on. */
export const practiceDetailsProjection = documentProjection<PracticeDetails, PracticeEvent>({
  name: PRACTICE_DETAILS,
  table: 'practice_details',
  category: PRACTICE_CATEGORY,
  handlers: practiceDetailsHandlers,
  columns: [
    { name: 'status', type: 'text', value: (d) => d.status },
    { name: 'owner_organization_id', type: 'text', value: (d) => d.ownerOrganizationId },
    { name: 'updated_at', type: 'timestamptz', value: (d) => d.updatedAt },
    { name: 'published_at', type: 'timestamptz', value: (d) => d.publishedAt },
  ],
});
