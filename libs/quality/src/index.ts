export { QualityModule, QUALITY_MIGRATIONS } from './quality.module';
export { QualityCriteriaReader } from './quality-criteria/quality-criteria.reader';
export { qualityCriteriaProjection, QUALITY_CRITERIA, QUALITY_CRITERIA_TABLES } from './quality-criteria/quality-criteria.projection';
export { qualityCriteriaAggregate, QUALITY_ERRORS } from './domain/decide';
export type { QualityCriteriaCommand } from './domain/decide';
export { CRITERION_LANGUAGES, QUALITY_CRITERIA_ID, textIn } from './domain/quality-criteria';
export type { CriterionText, QualityCriteria, QualityCriteriaEvent, QualityCriterion } from './domain/quality-criteria';
export { seedDemoQualityCriteria } from './surface/demo-quality-criteria';
