import type { DomainEvent } from '@pfp/kernel';

/*
 * The quality criteria a practice is assessed against (issue 18), which the Support Unit
 * maintains: added, reworded, retired. One stream for the whole set, so that a key is unique
 * and the set has one history; a practice names the criteria it answers by key.
 */

export const CRITERION_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type CriterionLanguage = (typeof CRITERION_LANGUAGES)[number];

export const CRITERION_LIMITS = { title: 120, explanation: 1_000, criteria: 50 } as const;

/** `evidence-of-results`: lower-case letters, digits and hyphens. */
export const CRITERION_KEY = /^[a-z][a-z0-9-]{1,59}$/;

export interface CriterionText {
  language: CriterionLanguage;
  title: string;
  explanation: string;
}

export interface QualityCriterion {
  key: string;
  /** One per UN language, in the order of CRITERION_LANGUAGES. */
  texts: CriterionText[];
  status: 'ACTIVE' | 'RETIRED';
  addedAt: string;
  updatedAt: string;
  retiredAt: string | null;
}

export interface QualityCriteria {
  /** In the order they were added. */
  criteria: QualityCriterion[];
}

export type QualityCriteriaEvent =
  | DomainEvent<'QualityCriterionAdded', { key: string; texts: CriterionText[]; at: string }>
  | DomainEvent<'QualityCriterionReworded', { key: string; texts: CriterionText[]; at: string }>
  | DomainEvent<'QualityCriterionRetired', { key: string; at: string }>;

export const QUALITY_CRITERIA_CATEGORY = 'qualityCriteria';

/** The one stream of the set: `qualityCriteria-<uuid>`. */
export const QUALITY_CRITERIA_ID = 'qualityCriteria-4b7e2c10-18a0-4c6e-9d2f-2011a0c0f018';

export const initialQualityCriteria = (): QualityCriteria => ({ criteria: [] });

export function evolveQualityCriteria(state: QualityCriteria, event: QualityCriteriaEvent): QualityCriteria {
  const d = event.data;
  switch (event.type) {
    case 'QualityCriterionAdded':
      return {
        criteria: [...state.criteria, { key: d.key, texts: event.data.texts, status: 'ACTIVE', addedAt: d.at, updatedAt: d.at, retiredAt: null }],
      };
    case 'QualityCriterionReworded':
      return { criteria: state.criteria.map((c) => (c.key === d.key ? { ...c, texts: event.data.texts, updatedAt: d.at } : c)) };
    case 'QualityCriterionRetired':
      return { criteria: state.criteria.map((c) => (c.key === d.key ? { ...c, status: 'RETIRED', retiredAt: d.at, updatedAt: d.at } : c)) };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** The text of a criterion in a language (English when asked for one it lacks). */
export function textIn(criterion: QualityCriterion, language: string): CriterionText {
  return criterion.texts.find((t) => t.language === language) ?? criterion.texts.find((t) => t.language === 'en') ?? criterion.texts[0];
}
