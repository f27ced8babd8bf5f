import { combinedBulkLoader, type Projection } from '@pfp/event-sourcing';
import { SEARCH_DOCUMENTS, SEARCH_DOCUMENTS_TABLES, SEARCH_SOURCES } from './search-sources';

/**
 * search-documents: one row per practice, call for action, partnership project and policy
 * tool, in one table, each kind's rows written by its source in the same transaction and
 * checkpoint. Ids are global ids (`practice-…`, `callForAction-…`), so the kinds never meet on
 * a row, and each row is guarded by its own stream's revision.
 */
export const searchDocumentsProjection: Projection = {
  name: SEARCH_DOCUMENTS,
  tables: SEARCH_DOCUMENTS_TABLES,
  types: [...new Set(SEARCH_SOURCES.flatMap((s) => s.types))],
  // a rebuild folds every kind's documents in memory and writes each once by COPY
  bulkLoader: combinedBulkLoader(SEARCH_SOURCES),
  async handle(events, manager, context) {
    for (const source of SEARCH_SOURCES) await source.handle(events, manager, context);
  },
};
