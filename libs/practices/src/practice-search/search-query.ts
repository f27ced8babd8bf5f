import { searchTsQuerySql } from './text-search';

export interface PracticeSearchFilter {
  themes?: string[];
  gcmObjectives?: string[];
  regions?: string[];
  countries?: string[];
  owners?: string[];
  implementationStatuses?: string[];
  /** Quality criteria keys: practices that meet every one of them, as the Support Unit confirmed. */
  criteria?: string[];
}

export const PRACTICE_ORDERS = ['RELEVANCE', 'NEWEST', 'TITLE'] as const;
export type PracticeOrder = (typeof PRACTICE_ORDERS)[number];

export interface PracticeSearchRequest {
  search?: string | null;
  filter?: PracticeSearchFilter | null;
  orderBy?: PracticeOrder | null;
  limit: number;
  offset: number;
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** The facets a search counts. */
export const FACETS = [
  { name: 'theme', column: 'themes', array: true },
  { name: 'gcmObjective', column: 'gcm_objectives', array: true },
  { name: 'region', column: 'regions', array: true },
  { name: 'country', column: 'countries', array: true },
  { name: 'owner', column: 'owner_organization_id', array: false },
  { name: 'implementationStatus', column: 'implementation_status', array: false },
] as const;

const FILTER_COLUMNS: Record<Exclude<keyof PracticeSearchFilter, 'criteria'>, { column: string; array: boolean }> = {
  themes: { column: 'themes', array: true },
  gcmObjectives: { column: 'gcm_objectives', array: true },
  regions: { column: 'regions', array: true },
  countries: { column: 'countries', array: true },
  owners: { column: 'owner_organization_id', array: false },
  implementationStatuses: { column: 'implementation_status', array: false },
};

/**
 * The WHERE clause shared by the page and the facets: full-text match, and for each facet
 * filter "any of these values" (facets combine with AND).
 */
function where(request: PracticeSearchRequest, values: unknown[]): { clause: string; query: string | null } {
  const conditions = ['visible'];
  let query: string | null = null;
  const search = request.search?.trim();
  if (search) {
    query = searchTsQuerySql(search, values);
    if (query) conditions.push(`document @@ ${query}`);
  }
  for (const [key, spec] of Object.entries(FILTER_COLUMNS) as Array<[Exclude<keyof PracticeSearchFilter, 'criteria'>, { column: string; array: boolean }]>) {
    const wanted = request.filter?.[key];
    if (!wanted || wanted.length === 0) continue;
    values.push(wanted);
    conditions.push(spec.array ? `${spec.column} && $${values.length}::text[]` : `${spec.column} = ANY($${values.length}::text[])`);
  }
  const criteria = request.filter?.criteria;
  if (criteria?.length) {
    values.push(criteria);
    conditions.push(`met_criteria @> $${values.length}::text[]`);
  }
  return { clause: conditions.join(' AND '), query };
}

/** One page of ids, by relevance (title > summary > body), newest first, or by title (A to Z). */
export function searchPageSql(request: PracticeSearchRequest): SqlStatement {
  const values: unknown[] = [];
  const { clause, query } = where(request, values);
  const byRelevance = query && (request.orderBy ?? 'RELEVANCE') === 'RELEVANCE';
  values.push(request.limit, request.offset);
  // Relevance ranks on title (A) and summary (B); a match in the body alone ranks below both.
  const order = byRelevance
    ? `ts_rank(head, ${query}) DESC, published_at DESC, id`
    : request.orderBy === 'TITLE'
      ? `lower(title), published_at DESC, id`
      : `published_at DESC, id`;
  return {
    text: `SELECT id, doc, revision FROM practice_search WHERE ${clause} ORDER BY ${order} LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  };
}

/** The total and the count of each facet value among all matches: one pass over `facet_values`. */
export function searchFacetsSql(request: PracticeSearchRequest): SqlStatement {
  const values: unknown[] = [];
  const { clause } = where(request, values);
  return { text: `SELECT v AS value, count(*)::int AS count FROM practice_search, unnest(facet_values) AS v WHERE ${clause} GROUP BY v`, values };
}

/** `facet_values` of a practice: `<facet>:<value>` for each facet, and `total:`. */
export function facetValues(columns: {
  themes: string[];
  gcmObjectives: string[];
  regions: string[];
  countries: string[];
  owner: string;
  implementationStatus: string | null;
}): string[] {
  return [
    'total:',
    ...columns.themes.map((v) => `theme:${v}`),
    ...columns.gcmObjectives.map((v) => `gcmObjective:${v}`),
    ...columns.regions.map((v) => `region:${v}`),
    ...columns.countries.map((v) => `country:${v}`),
    `owner:${columns.owner}`,
    ...(columns.implementationStatus ? [`implementationStatus:${columns.implementationStatus}`] : []),
  ];
}

export interface FacetCount {
  value: string;
  count: number;
}

export type Facets = Record<(typeof FACETS)[number]['name'], FacetCount[]>;

/** Rows of searchFacetsSql to the total and each facet's values, most frequent first. */
export function readFacets(rows: Array<{ value: string; count: number }>): { totalCount: number; facets: Facets } {
  const facets = Object.fromEntries(FACETS.map((f) => [f.name, [] as FacetCount[]])) as unknown as Facets;
  let totalCount = 0;
  for (const row of rows) {
    const colon = row.value.indexOf(':');
    const facet = row.value.slice(0, colon);
    if (facet === 'total') totalCount = row.count;
    else facets[facet as keyof Facets]?.push({ value: row.value.slice(colon + 1), count: row.count });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { totalCount, facets };
}

/**
 * Similar practices while drafting: published ones sharing a theme and a country, or whose
 * title shares words with this one; best first.
 */
export function similarPracticesSql(input: { title?: string | null; themes?: string[]; countries?: string[]; limit: number }): SqlStatement {
  const values: unknown[] = [input.title?.trim() ?? '', input.themes ?? [], input.countries ?? [], input.limit];
  return {
    text: `WITH q AS (SELECT to_tsquery('english', (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', $1::text))) AS l)) AS q)
      SELECT s.id, s.doc, s.revision,
        (CASE WHEN s.themes && $2::text[] AND s.countries && $3::text[] THEN 1 ELSE 0 END
          + coalesce(ts_rank(to_tsvector('english', s.title), q.q), 0)) AS score
      FROM practice_search s, q
      WHERE s.visible AND ((s.themes && $2::text[] AND s.countries && $3::text[]) OR (q.q IS NOT NULL AND to_tsvector('english', s.title) @@ q.q))
      ORDER BY score DESC, s.published_at DESC, s.id LIMIT $4`,
    values,
  };
}
