import { sqlMigration } from '@pfp/database';

/** The policy-tool-details read model: one row per tool, its document and what the library and the repository filter on. */
export const PolicyTools1765000000000 = sqlMigration('PolicyTools1765000000000', {
  up: [
    `
      CREATE TABLE policy_tools (
        id text PRIMARY KEY,
        kind text NOT NULL,
        status text NOT NULL,
        owner_organization_id text NOT NULL,
        title text NOT NULL,
        current_edition int NOT NULL,
        released_at timestamptz,
        year int,
        search_text text NOT NULL,
        doc jsonb NOT NULL,
        revision integer NOT NULL
      )`,
    `CREATE INDEX policy_tools_library ON policy_tools (released_at DESC, id) WHERE current_edition > 0`,
    `CREATE INDEX policy_tools_cited_practices ON policy_tools USING gin ((doc -> 'citedPractices'))`,
  ],
  down: [`DROP TABLE policy_tools`],
});
