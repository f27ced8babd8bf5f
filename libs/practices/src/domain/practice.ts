import type { DomainEvent } from '@pfp/kernel';
import { NO_ASSESSMENT, withAnswers, withVerdicts, type Assessment, type CriterionAnswer, type Verdict } from './assessment';
import { withCoAuthorEvent, type CoAuthor, type CoAuthorEvent } from './co-authors';

export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const IMPLEMENTATION_STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const LIMITS = { title: 200, summary: 1_000, body: 20_000, reason: 2_000 } as const;

export interface Period {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start: string;
  end: string | null;
}

export interface Result {
  indicator: string;
  value: string;
}

export const RESOURCE_KINDS = ['DOCUMENT', 'VIDEO', 'WEB_PAGE'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Resource {
  title: string;
  url: string;
  kind: ResourceKind;
}

/**
 * The contact person, sealed with a key of its own kept outside the log: the events carry only
 * the subject id and the ciphertext, so deleting the key erases the person (crypto-shredding).
 */
export interface SealedContact {
  subjectId: string;
  ciphertext: string;
}

/** What an owner writes; a draft may be incomplete, a submission may not. */
export interface PracticeContent {
  title: string;
  summary: string;
  body: string;
  language: Language;
  countries: string[];
  themes: string[];
  implementingPartners: string[];
  period: Period | null;
  implementationStatus: ImplementationStatus | null;
  results: Result[];
  resources: Resource[];
  contact: SealedContact | null;
}

export interface Translation {
  language: Language;
  title: string;
  summary: string;
  body: string;
}

export type PracticeEvent =
  | DomainEvent<'PracticeDrafted', { practiceId: string; ownerOrganizationId: string; ownerCountry: string | null; content: PracticeContent; at: string }>
  | DomainEvent<'PracticeRevised', { content: PracticeContent; at: string }>
  /** `answers` (issue 18) only when the owner answered the quality criteria with this submission; absent in older events. */
  | DomainEvent<'PracticeSubmitted', { at: string; answers?: CriterionAnswer[] }>
  | DomainEvent<'PracticeAssessed', { verdicts: Verdict[]; at: string }>
  | DomainEvent<'PracticePublished', { at: string }>
  | DomainEvent<'PracticeChangesRequested', { reason: string; at: string }>
  | DomainEvent<'PracticeArchived', { at: string }>
  | DomainEvent<'PracticeTranslationAdded', { translation: Translation; at: string }>
  | DomainEvent<'PracticeTranslationRevised', { translation: Translation; at: string }>
  | DomainEvent<'PracticeInterestExpressed', { organizationId: string; at: string }>
  | DomainEvent<'PracticeContactErased', { subjectId: string; at: string }>
  | CoAuthorEvent;

export type PracticeEventType = PracticeEvent['type'];

/**
 * Every event type, as a runtime list: a record over the union, so the compiler refuses one
 * left out (and one that is not an event type). Read models check their handlers against it.
 */
const EVERY_EVENT_TYPE: Record<PracticeEventType, true> = {
  PracticeDrafted: true,
  PracticeRevised: true,
  PracticeSubmitted: true,
  PracticeAssessed: true,
  PracticePublished: true,
  PracticeChangesRequested: true,
  PracticeArchived: true,
  PracticeTranslationAdded: true,
  PracticeTranslationRevised: true,
  PracticeInterestExpressed: true,
  PracticeContactErased: true,
  PracticeCoAuthorInvited: true,
  PracticeCoAuthorshipAccepted: true,
  PracticeCoAuthorshipDeclined: true,
  PracticeCoAuthorRemoved: true,
};
export const PRACTICE_EVENT_TYPES = Object.keys(EVERY_EVENT_TYPE) as readonly PracticeEventType[];

export const PRACTICE_STATUSES = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'ARCHIVED'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

interface Existing {
  id: string;
  ownerOrganizationId: string;
  ownerCountry: string | null;
  /** The text the owner works on (what the Support Unit reviews). */
  working: PracticeContent;
  /** The text the public sees; kept while a revision of it is in review. */
  published: PracticeContent | null;
  translations: Translation[];
  interestedOrganizations: string[];
  /** Partner organisations invited to co-author it, and their answers (issue 14). */
  coAuthors: CoAuthor[];
  changesRequested: string | null;
  /** The owner's answers to the quality criteria and the reviewer's verdicts (working copy). */
  assessment: Assessment;
  /** The assessment as it was when the public text was published. */
  publishedAssessment: Assessment | null;
  draftedAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export type Practice =
  | { status: 'NONE' }
  | (Existing & { status: 'DRAFT' })
  | (Existing & { status: 'IN_REVIEW' })
  | (Existing & { status: 'CHANGES_REQUESTED' })
  | (Existing & { status: 'PUBLISHED' })
  | (Existing & { status: 'ARCHIVED'; archivedFrom: Exclude<PracticeStatus, 'ARCHIVED'> });

export type ExistingPractice = Exclude<Practice, { status: 'NONE' }>;

export const PRACTICE_CATEGORY = 'practice';

export const initialPractice = (): Practice => ({ status: 'NONE' });

function clearContact(content: PracticeContent, subjectId: string): PracticeContent {
  return content.contact?.subjectId === subjectId ? { ...content, contact: null } : content;
}

/** The translations with `revised` in place of the one in its language. */
export function withTranslation(translations: Translation[], revised: Translation): Translation[] {
  return translations.map((t) => (t.language === revised.language ? revised : t));
}

export function evolve(state: Practice, event: PracticeEvent): Practice {
  if (event.type === 'PracticeDrafted') {
    const d = event.data;
    return {
      status: 'DRAFT',
      id: d.practiceId,
      ownerOrganizationId: d.ownerOrganizationId,
      ownerCountry: d.ownerCountry,
      working: d.content,
      published: null,
      translations: [],
      interestedOrganizations: [],
      coAuthors: [],
      changesRequested: null,
      assessment: NO_ASSESSMENT,
      publishedAssessment: null,
      draftedAt: d.at,
      updatedAt: d.at,
      publishedAt: null,
    };
  }
  if (state.status === 'NONE') return state;
  const at = event.data.at;
  switch (event.type) {
    case 'PracticeRevised':
      return { ...state, working: event.data.content, updatedAt: at };
    case 'PracticeSubmitted':
      return { ...state, status: 'IN_REVIEW', changesRequested: null, assessment: withAnswers(state.assessment, event.data.answers), updatedAt: at };
    case 'PracticeAssessed':
      return { ...state, assessment: withVerdicts(state.assessment, event.data.verdicts, at), updatedAt: at };
    case 'PracticePublished':
      return { ...state, status: 'PUBLISHED', published: state.working, publishedAssessment: state.assessment, publishedAt: at, updatedAt: at };
    case 'PracticeChangesRequested':
      return { ...state, status: 'CHANGES_REQUESTED', changesRequested: event.data.reason, updatedAt: at };
    case 'PracticeArchived':
      return { ...state, status: 'ARCHIVED', archivedFrom: state.status === 'ARCHIVED' ? state.archivedFrom : state.status, updatedAt: at };
    case 'PracticeTranslationAdded':
      return { ...state, translations: [...state.translations, event.data.translation], updatedAt: at };
    case 'PracticeTranslationRevised':
      return { ...state, translations: withTranslation(state.translations, event.data.translation), updatedAt: at };
    case 'PracticeInterestExpressed':
      return { ...state, interestedOrganizations: [...state.interestedOrganizations, event.data.organizationId] };
    case 'PracticeContactErased':
      return {
        ...state,
        working: clearContact(state.working, event.data.subjectId),
        published: state.published && clearContact(state.published, event.data.subjectId),
      };
    case 'PracticeCoAuthorInvited':
    case 'PracticeCoAuthorshipAccepted':
    case 'PracticeCoAuthorshipDeclined':
    case 'PracticeCoAuthorRemoved':
      return { ...state, coAuthors: withCoAuthorEvent(state.coAuthors, event) };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** What a visitor sees: the published text, or nothing. */
export function isVisibleToPublic(state: Practice): state is ExistingPractice {
  return state.status !== 'NONE' && state.status !== 'ARCHIVED' && state.published !== null;
}
