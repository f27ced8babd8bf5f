import { Module, OnModuleInit } from '@nestjs/common';
import { ContributionsModule } from '@pfp/contributions';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { SearchDocuments1765400000000 } from './migrations/1765400000000-search-documents';
import { SearchDocumentsChangeSeq1765500000000 } from './migrations/1765500000000-search-documents-change-seq';
import { searchDocumentsProjection } from './search-documents/search-documents.projection';
import { SearchFacetCountResolver, SearchResolver } from './search/search.resolver';
import { SearchDocumentsIndex } from './search/search-documents-index';

export const DISCOVERY_MIGRATIONS = [SearchDocuments1765400000000, SearchDocumentsChangeSeq1765500000000];

/** One search across practices, calls for action, partnership projects and policy tools (issue 15 point 4). */
@Module({
  imports: [IdentityModule, ContributionsModule],
  providers: [SearchResolver, SearchFacetCountResolver, SearchDocumentsIndex],
})
export class DiscoveryModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(searchDocumentsProjection);
  }
}
