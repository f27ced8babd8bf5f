import { sqlMigration } from '@pfp/database';

/** The search-documents read model: one row per practice, call for action, partnership project and policy tool. */
export const SearchDocuments1765400000000 = sqlMigration('SearchDocuments1765400000000', {
  up: [
    `CREATE TABLE search_documents (
        id text PRIMARY KEY,
        revision integer NOT NULL,
        doc jsonb NOT NULL,
        kind text NOT NULL,
        visible boolean NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        path text NOT NULL,
        status text NOT NULL,
        texts jsonb NOT NULL,
        themes text[] NOT NULL,
        countries text[] NOT NULL,
        regions text[] NOT NULL,
        organizations text[] NOT NULL,
        readers text[],
        published_at timestamptz,
        facet_values text[] NOT NULL,
        document tsvector NOT NULL,
        head tsvector NOT NULL
      )`,
    `CREATE INDEX search_documents_document ON search_documents USING GIN (document) WHERE visible`,
    `CREATE INDEX search_documents_facets ON search_documents USING GIN (facet_values) WHERE visible`,
    `CREATE INDEX search_documents_newest ON search_documents (published_at DESC, id) WHERE visible`,
  ],
  down: [`DROP TABLE search_documents`],
});
