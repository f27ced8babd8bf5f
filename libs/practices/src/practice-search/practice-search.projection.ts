import { documentProjection, type DocumentHandlers } from '@pfp/event-sourcing';
import { regionCodesOfCountries } from '@pfp/taxonomy';
import type { PracticeContent, PracticeEvent, PracticeStatus, Translation } from '../domain/practice';
import { PRACTICE_CATEGORY, withTranslation } from '../domain/practice';
import { NO_ASSESSMENT, withAnswers, withVerdicts, type Assessment } from '../domain/assessment';
import { facetValues } from './search-query';
import { textVectorSql } from './text-search';

export const PRACTICE_SEARCH = 'practice-search';
export const PRACTICE_SEARCH_TABLES = ['practice_search'];

/** A text as search keeps it: never a contact. */
export type PublicText = PracticeContent & { contact: null };

/**
 * The public side of a practice: the published text (kept while a revision of it is in review)
 * with its translations, counts and dates. `next` is the owner's latest text, contact left out:
 * PracticePublished names no text, so the one it makes public is the text last written before
 * it. `next` is in no column, index or tsvector, and no query serves it.
 */
export interface PracticeSearchDocument {
  id: string;
  status: PracticeStatus;
  ownerOrganizationId: string;
  ownerCountry: string | null;
  published: PublicText | null;
  next: PublicText;
  translations: Translation[];
  interestCount: number;
  /** The owner's latest answers to the quality criteria, with the verdicts (absent before issue 18). */
  assessment?: Assessment;
  /** The assessment of the published text: what search filters by criterion on. */
  publishedAssessment?: Assessment | null;
  draftedAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

const publicText = (content: PracticeContent): PublicText => ({ ...content, contact: null });

export const practiceSearchHandlers: DocumentHandlers<PracticeSearchDocument, PracticeEvent> = {
  PracticeDrafted: (_, { data }) => ({
    id: data.practiceId,
    status: 'DRAFT',
    ownerOrganizationId: data.ownerOrganizationId,
    ownerCountry: data.ownerCountry,
    published: null,
    next: publicText(data.content),
    translations: [],
    interestCount: 0,
    assessment: NO_ASSESSMENT,
    publishedAssessment: null,
    draftedAt: data.at,
    updatedAt: data.at,
    publishedAt: null,
  }),
  PracticeRevised: (doc, { data }) => doc && { ...doc, next: publicText(data.content), updatedAt: data.at },
  PracticeSubmitted: (doc, { data }) =>
    doc && { ...doc, status: 'IN_REVIEW', assessment: withAnswers(doc.assessment ?? NO_ASSESSMENT, data.answers), updatedAt: data.at },
  PracticeAssessed: (doc, { data }) => doc && { ...doc, assessment: withVerdicts(doc.assessment ?? NO_ASSESSMENT, data.verdicts, data.at), updatedAt: data.at },
  PracticePublished: (doc, { data }) =>
    doc && {
      ...doc,
      status: 'PUBLISHED',
      published: doc.next,
      publishedAssessment: doc.assessment ?? NO_ASSESSMENT,
      publishedAt: data.at,
      updatedAt: data.at,
    },
  PracticeChangesRequested: (doc, { data }) => doc && { ...doc, status: 'CHANGES_REQUESTED', updatedAt: data.at },
  PracticeArchived: (doc, { data }) => doc && { ...doc, status: 'ARCHIVED', updatedAt: data.at },
  PracticeTranslationAdded: (doc, { data }) => doc && { ...doc, translations: [...doc.translations, data.translation], updatedAt: data.at },
  PracticeTranslationRevised: (doc, { data }) => doc && { ...doc, translations: withTranslation(doc.translations, data.translation), updatedAt: data.at },
  PracticeInterestExpressed: (doc) => doc && { ...doc, interestCount: doc.interestCount + 1 },
  // Nothing to erase here; the row still moves to the event's revision, which search results report.
  PracticeContactErased: (doc) => doc,
  PracticeCoAuthorInvited: (doc) => doc,
  PracticeCoAuthorshipAccepted: (doc) => doc,
  PracticeCoAuthorshipDeclined: (doc) => doc,
  PracticeCoAuthorRemoved: (doc) => doc,
};

/** Published, not archived: what search, similar practices and open data show. */
export function isVisible(doc: PracticeSearchDocument): doc is PracticeSearchDocument & { published: PublicText } {
  return doc.status !== 'ARCHIVED' && doc.published !== null;
}

const EMPTY: PublicText = {
  title: '',
  summary: '',
  body: '',
  language: 'en',
  countries: [],
  themes: [],
  implementingPartners: [],
  period: null,
  implementationStatus: null,
  results: [],
  resources: [],
  contact: null,
};
/** The facet and filter columns come from the public text only: a practice never published has none. */
const shown = (doc: PracticeSearchDocument): PublicText => (isVisible(doc) ? doc.published : EMPTY);
const gcmObjectives = (text: PublicText) => text.themes.filter((t) => t.startsWith('gcm-'));

/** The criteria the published practice meets, as the Support Unit confirmed: what `criterion` filters on. */
export const metCriteria = (doc: PracticeSearchDocument): string[] =>
  isVisible(doc) ? (doc.publishedAssessment?.answers ?? []).filter((a) => a.meets && a.verdict === 'CONFIRMED').map((a) => a.criterionKey) : [];

/**
 * practice_search: the public text of each practice, as weighted tsvectors computed in SQL
 * from the written document (`document` to match, `head` to rank), and the facet columns.
 */
export const practiceSearchProjection = documentProjection<PracticeSearchDocument, PracticeEvent>({
  name: PRACTICE_SEARCH,
  table: 'practice_search',
  category: PRACTICE_CATEGORY,
  handlers: practiceSearchHandlers,
  columns: [
    { name: 'visible', type: 'boolean', value: isVisible },
    { name: 'title', type: 'text', value: (d) => shown(d).title },
    { name: 'themes', type: 'text[]', value: (d) => shown(d).themes },
    { name: 'gcm_objectives', type: 'text[]', value: (d) => gcmObjectives(shown(d)) },
    { name: 'regions', type: 'text[]', value: (d) => regionCodesOfCountries(shown(d).countries) },
    { name: 'countries', type: 'text[]', value: (d) => shown(d).countries },
    { name: 'owner_organization_id', type: 'text', value: (d) => d.ownerOrganizationId },
    { name: 'implementation_status', type: 'text', value: (d) => shown(d).implementationStatus },
    { name: 'published_at', type: 'timestamptz', value: (d) => d.publishedAt },
    { name: 'met_criteria', type: 'text[]', value: metCriteria },
    {
      name: 'facet_values',
      type: 'text[]',
      value: (d) => {
        const text = shown(d);
        return facetValues({
          themes: text.themes,
          gcmObjectives: gcmObjectives(text),
          regions: regionCodesOfCountries(text.countries),
          countries: text.countries,
          owner: d.ownerOrganizationId,
          implementationStatus: text.implementationStatus,
        });
      },
    },
  ],
  computed: {
    document: `CASE WHEN r.visible THEN ${textVectorSql(`jsonb_build_array(r.doc->'published') || (r.doc->'translations')`)} ELSE ''::tsvector END`,
    // the title and summary of each text (weights A and B) out of the document, not computed again
    head: `ts_filter(c_document.document, '{a,b}')`,
    // rises with every write: what the in-memory indexes of the API processes follow (search-index-feed.ts)
    change_seq: `nextval('practice_search_change_seq')`,
  },
});
