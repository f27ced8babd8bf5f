import { sqlMigration } from '@pfp/database';

/**
 * `head`: title (A) and summary (B) alone, which relevance ranks on: ranking the whole
 * document of thousands of matches costs a detoast each, and the body weighs least anyway.
 * Every facet value of a practice in one array (`theme:protection`, `country:HND`, plus
 * `total:`), so the counts of all facets come from one pass over the matches.
 */
export const PracticeSearchFacetsAndHead1764500000001 = sqlMigration('PracticeSearchFacetsAndHead1764500000001', {
  up: [
    `ALTER TABLE practice_search ADD COLUMN head tsvector NOT NULL DEFAULT ''::tsvector`,
    `
      UPDATE practice_search SET head = setweight(to_tsvector(c.config, coalesce(state->'published'->>'title', '')), 'A')
        || setweight(to_tsvector(c.config, coalesce(state->'published'->>'summary', '')), 'B')
      FROM (VALUES ('ar', 'arabic'::regconfig), ('en', 'english'), ('es', 'spanish'), ('fr', 'french'), ('ru', 'russian'), ('zh', 'simple')) AS c(language, config)
      WHERE c.language = practice_search.language AND visible`,
    `ALTER TABLE practice_search ADD COLUMN facet_values text[] NOT NULL DEFAULT '{}'`,
    `
      UPDATE practice_search SET facet_values = ARRAY['total:']
        || ARRAY(SELECT 'theme:' || v FROM unnest(themes) v) || ARRAY(SELECT 'gcmObjective:' || v FROM unnest(gcm_objectives) v)
        || ARRAY(SELECT 'region:' || v FROM unnest(regions) v) || ARRAY(SELECT 'country:' || v FROM unnest(countries) v)
        || ARRAY['owner:' || owner_organization_id]
        || CASE WHEN implementation_status IS NULL THEN '{}'::text[] ELSE ARRAY['implementationStatus:' || implementation_status] END`,
  ],
  down: [`ALTER TABLE practice_search DROP COLUMN facet_values, DROP COLUMN head`],
});
