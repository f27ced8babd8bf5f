import { searchTsQuerySql } from '@pfp/practices';
import { SEARCH_FACETS, type SearchFacet, type SearchKind } from '../search-documents/search-entry';

export interface SearchRequest {
  query?: string | null;
  filter?: {
    kinds?: SearchKind[];
    themes?: string[];
    gcmObjectives?: string[];
    sdgTargets?: string[];
    regions?: string[];
    countries?: string[];
    organizations?: string[];
  } | null;
  /** The viewer's organisation: PARTNERS-only projects are found by their partners only. */
  organizationId: string | null;
  /** What moderation hid, left out. */
  hidden: string[];
  limit: number;
  offset: number;
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

const FILTERS = [
  ['themes', 'themes'],
  ['gcmObjectives', 'themes'],
  ['sdgTargets', 'themes'],
  ['regions', 'regions'],
  ['countries', 'countries'],
  ['organizations', 'organizations'],
] as const;

/** What every statement of one search shares: visible, readable by the viewer, not hidden, matching, each filter "any of". */
function where(request: SearchRequest, values: unknown[], options: { kinds: boolean }): { clause: string; query: string | null } {
  values.push(request.organizationId, request.hidden);
  const conditions = ['visible', '(readers IS NULL OR $1::text = ANY(readers))', 'id <> ALL($2::text[])'];
  let query: string | null = null;
  const text = request.query?.trim();
  if (text) {
    query = searchTsQuerySql(text, values);
    if (query) conditions.push(`document @@ ${query}`);
  }
  for (const [key, column] of FILTERS) {
    const wanted = request.filter?.[key];
    if (!wanted?.length) continue;
    values.push(wanted);
    conditions.push(`${column} && $${values.length}::text[]`);
  }
  const kinds = request.filter?.kinds;
  if (options.kinds && kinds?.length) {
    values.push(kinds);
    conditions.push(`kind = ANY($${values.length}::text[])`);
  }
  return { clause: conditions.join(' AND '), query };
}

/** One page: by relevance (title and summary) when there are words, then newest first; the id breaks ties, so pages never overlap. */
export function searchPageSql(request: SearchRequest): SqlStatement {
  const values: unknown[] = [];
  const { clause, query } = where(request, values, { kinds: true });
  const order = query ? `ts_rank(head, ${query}) DESC, published_at DESC NULLS LAST, id` : `published_at DESC NULLS LAST, id`;
  values.push(request.limit, request.offset);
  return {
    text: `SELECT id, kind, title, summary, path, status, published_at FROM search_documents WHERE ${clause} ORDER BY ${order} LIMIT $${values.length - 1} OFFSET $${values.length}`,
    values,
  };
}

/**
 * The total and each facet value's count among the matches, in one pass over `facet_values`.
 * The kind facet is counted without the kind filter (`kindsApplied: false`), so that it shows
 * how many of each kind there are to switch to.
 */
export function searchFacetsSql(request: SearchRequest, kindsApplied: boolean): SqlStatement {
  const values: unknown[] = [];
  const { clause } = where(request, values, { kinds: kindsApplied });
  const only = kindsApplied ? '' : ` AND (v = 'total:' OR v LIKE 'kind:%')`;
  return { text: `SELECT v AS value, count(*)::int AS count FROM search_documents, unnest(facet_values) AS v WHERE ${clause}${only} GROUP BY v`, values };
}

export interface FacetCounts {
  totalCount: number;
  facets: Record<SearchFacet, Array<{ value: string; count: number }>>;
}

/** Rows of searchFacetsSql to the total and each facet's values, most frequent first. */
export function readFacets(rows: Array<{ value: string; count: number }>): FacetCounts {
  const facets = Object.fromEntries(SEARCH_FACETS.map((f) => [f, [] as Array<{ value: string; count: number }>])) as FacetCounts['facets'];
  let totalCount = 0;
  for (const row of rows) {
    const colon = row.value.indexOf(':');
    const facet = row.value.slice(0, colon);
    if (facet === 'total') totalCount = row.count;
    else facets[facet as SearchFacet]?.push({ value: row.value.slice(colon + 1), count: row.count });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { totalCount, facets };
}
