import { documentProjection, type DocumentHandlers } from '@pfp/event-sourcing';
import type { PracticeEvent } from '../domain/practice';
import { PRACTICE_CATEGORY } from '../domain/practice';

export const PRACTICE_INTEREST = 'practice-interest';
export const PRACTICE_INTEREST_TABLES = ['practice_interest'];

/**
 * Which organisations said they are interested in replicating a practice, and when, first
 * first. Its own read model: practice-details keeps only the count (what everyone may see),
 * this list is the owner's and the Support Unit's, and the viewer's own "already said so".
 */
export interface PracticeInterestDocument {
  id: string;
  ownerOrganizationId: string;
  organizations: Array<{ organizationId: string; at: string }>;
}

export const practiceInterestHandlers: DocumentHandlers<PracticeInterestDocument, PracticeEvent> = {
  PracticeDrafted: (_, { data }) => ({ id: data.practiceId, ownerOrganizationId: data.ownerOrganizationId, organizations: [] }),
  PracticeInterestExpressed: (doc, { data }) =>
    doc && (doc.organizations.some((o) => o.organizationId === data.organizationId) ? doc : { ...doc, organizations: [...doc.organizations, data] }),
  PracticeRevised: null,
  PracticeSubmitted: null,
  PracticeAssessed: null,
  PracticePublished: null,
  PracticeChangesRequested: null,
  PracticeArchived: null,
  PracticeTranslationAdded: null,
  PracticeTranslationRevised: null,
  PracticeContactErased: null,
  PracticeCoAuthorInvited: null,
  PracticeCoAuthorshipAccepted: null,
  PracticeCoAuthorshipDeclined: null,
  PracticeCoAuthorRemoved: null,
};

/** practice_interest: one document per practice, from the log's beginning (a new read model catches up on its own). */
export const practiceInterestProjection = documentProjection<PracticeInterestDocument, PracticeEvent>({
  name: PRACTICE_INTEREST,
  table: 'practice_interest',
  category: PRACTICE_CATEGORY,
  handlers: practiceInterestHandlers,
  columns: [{ name: 'organization_ids', type: 'text[]', value: (d) => d.organizations.map((o) => o.organizationId) }],
});
