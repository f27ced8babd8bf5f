import { Module, OnModuleInit } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { QualityModule } from '@pfp/quality';
import { TaxonomyModule } from '@pfp/taxonomy';
import { AssessPracticeResolver } from './assess-practice/assess-practice.resolver';
import { PracticeTranslationResolver } from './practice-translation/practice-translation.resolver';
import { ArchivePracticeResolver } from './archive-practice/archive-practice.resolver';
import { AcceptPracticeCoAuthorshipResolver } from './accept-practice-co-authorship/accept-practice-co-authorship.resolver';
import { DeclinePracticeCoAuthorshipResolver } from './decline-practice-co-authorship/decline-practice-co-authorship.resolver';
import { InvitePracticeCoAuthorResolver } from './invite-practice-co-author/invite-practice-co-author.resolver';
import { PracticeCoAuthorResolver, PracticeCoAuthorsResolver } from './practice-co-authors/practice-co-authors.resolver';
import { RemovePracticeCoAuthorResolver } from './remove-practice-co-author/remove-practice-co-author.resolver';
import { DemoPracticesSeeder } from './demo/demo-practices';
import { DraftPracticeResolver } from './draft-practice/draft-practice.resolver';
import { EraseContactResolver } from './erase-contact/erase-contact.resolver';
import { PracticesExportContribution } from './export/practices-export';
import { ExpressInterestInPracticeResolver } from './express-interest-in-practice/express-interest-in-practice.resolver';
import { PracticesSchema1764500000000 } from './migrations/1764500000000-practices-schema';
import { PracticeSearchFacetsAndHead1764500000001 } from './migrations/1764500000001-practice-search-facets-and-head';
import { PracticeSearchNarrowRows1764500000002 } from './migrations/1764500000002-practice-search-narrow-rows';
import { PracticeReadModelsAsDocuments1764500000003 } from './migrations/1764500000003-practice-read-models-as-documents';
import { PracticeInterest1764500000004 } from './migrations/1764500000004-practice-interest';
import { PracticeSearchMetCriteria1765100000001 } from './migrations/1765100000001-practice-search-met-criteria';
import { PracticeSearchChangeSeq1765200000001 } from './migrations/1765200000001-practice-search-change-seq';
import { PersonalDataVault } from './personal-data/personal-data-vault';
import { practiceDetailsProjection } from './practice-details/practice-details.projection';
import { practiceInterestProjection } from './practice-interest/practice-interest.projection';
import { PracticeInterestResolver } from './practice-interest/practice-interest.resolver';
import { PracticeResolver } from './practice-details/practice.resolver';
import { practiceSearchProjection } from './practice-search/practice-search.projection';
import { PracticeWorklistResolver } from './practice-worklist/practice-worklist.resolver';
import { FacetLabelResolver, PracticeSearchResolver } from './practice-search/practice-search.resolver';
import { PracticeSearchCache } from './practice-search/search-cache';
import { PracticeSearchIndex } from './practice-search/search-index-feed';
import { PublishPracticeResolver } from './publish-practice/publish-practice.resolver';
import { RequestPracticeChangesResolver } from './request-practice-changes/request-practice-changes.resolver';
import { RevisePracticeResolver } from './revise-practice/revise-practice.resolver';
import { PracticeCommands } from './shared/practice-bus';
import { PracticeContentPreparer } from './shared/practice-content';
import { PracticeReader } from './shared/practice-reader';
import { SubmitPracticeResolver } from './submit-practice/submit-practice.resolver';
import { PracticeHistoryContribution } from './surface/practice-history';
import { PracticesSurface } from './surface/practices.surface';

export const PRACTICES_MIGRATIONS = [
  PracticesSchema1764500000000,
  PracticeSearchFacetsAndHead1764500000001,
  PracticeSearchNarrowRows1764500000002,
  PracticeReadModelsAsDocuments1764500000003,
  PracticeInterest1764500000004,
  PracticeSearchMetCriteria1765100000001,
  PracticeSearchChangeSeq1765200000001,
];
export const PRACTICE_PROJECTIONS = [practiceDetailsProjection, practiceSearchProjection, practiceInterestProjection];

/** Practices: commands over GraphQL, read models fed by the log, search, history, open data, demo seed. */
@Module({
  imports: [IdentityModule, TaxonomyModule, QualityModule, PracticesSurface],
  providers: [
    PersonalDataVault,
    PracticeReader,
    PracticeCommands.Handler,
    PracticeContentPreparer,
    DraftPracticeResolver,
    RevisePracticeResolver,
    SubmitPracticeResolver,
    PublishPracticeResolver,
    RequestPracticeChangesResolver,
    AssessPracticeResolver,
    ArchivePracticeResolver,
    PracticeTranslationResolver,
    ExpressInterestInPracticeResolver,
    EraseContactResolver,
    InvitePracticeCoAuthorResolver,
    AcceptPracticeCoAuthorshipResolver,
    DeclinePracticeCoAuthorshipResolver,
    RemovePracticeCoAuthorResolver,
    PracticeCoAuthorsResolver,
    PracticeCoAuthorResolver,
    PracticeResolver,
    PracticeInterestResolver,
    PracticeSearchResolver,
    FacetLabelResolver,
    PracticeWorklistResolver,
    PracticeSearchCache,
    PracticeSearchIndex,
    PracticeHistoryContribution,
    DemoPracticesSeeder,
    PracticesExportContribution,
  ],
})
export class PracticesModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    for (const projection of PRACTICE_PROJECTIONS) this.projections.register(projection);
  }
}
