import { documentProjection, type DocumentHandlers } from '@pfp/event-sourcing';
import { evolveQualityCriteria, QUALITY_CRITERIA_CATEGORY, type QualityCriteria, type QualityCriteriaEvent } from '../domain/quality-criteria';

export const QUALITY_CRITERIA = 'quality-criteria';
export const QUALITY_CRITERIA_TABLES = ['quality_criteria'];

const evolveDoc = (doc: QualityCriteria | null, event: QualityCriteriaEvent): QualityCriteria => evolveQualityCriteria(doc ?? { criteria: [] }, event);

const handlers: DocumentHandlers<QualityCriteria, QualityCriteriaEvent> = {
  QualityCriterionAdded: evolveDoc,
  QualityCriterionReworded: evolveDoc,
  QualityCriterionRetired: evolveDoc,
};

/** The quality criteria as the Support Unit last left them: one document, the whole set. */
export const qualityCriteriaProjection = documentProjection<QualityCriteria, QualityCriteriaEvent>({
  name: QUALITY_CRITERIA,
  table: 'quality_criteria',
  category: QUALITY_CRITERIA_CATEGORY,
  handlers,
});
