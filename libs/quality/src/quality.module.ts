import { Module, OnModuleInit } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { QualityCriteriaCommands, QualityCriterionMutationsResolver } from './manage-quality-criteria/quality-criterion-mutations.resolver';
import { QualityCriteria1765100000000 } from './migrations/1765100000000-quality-criteria';
import { qualityCriteriaProjection } from './quality-criteria/quality-criteria.projection';
import { QualityCriteriaReader } from './quality-criteria/quality-criteria.reader';
import { QualityCriteriaResolver } from './quality-criteria/quality-criteria.resolver';
import { DemoQualityCriteriaSeeder } from './surface/demo-quality-criteria';

export const QUALITY_MIGRATIONS = [QualityCriteria1765100000000];

/** Quality criteria for practices (issue 18): maintained by the Support Unit, answered by owners, assessed by reviewers. */
@Module({
  imports: [IdentityModule],
  providers: [QualityCriteriaCommands.Handler, QualityCriteriaReader, QualityCriteriaResolver, QualityCriterionMutationsResolver, DemoQualityCriteriaSeeder],
  exports: [QualityCriteriaReader],
})
export class QualityModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(qualityCriteriaProjection);
  }
}
