export { DiscoveryModule, DISCOVERY_MIGRATIONS } from './discovery.module';
export { searchDocumentsProjection } from './search-documents/search-documents.projection';
export { SEARCH_DOCUMENTS, SEARCH_DOCUMENTS_TABLES } from './search-documents/search-sources';
export { SEARCH_FACETS, SEARCH_KINDS } from './search-documents/search-entry';
export type { SearchEntry, SearchFacet, SearchKind } from './search-documents/search-entry';
export { SearchDocumentsIndex } from './search/search-documents-index';
