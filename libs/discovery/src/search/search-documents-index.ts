import { Injectable } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { facetsOf, IndexFeed, LEXEME_COLUMNS, weightedTerms, type IndexQuery } from '@pfp/practices';
import type { Filter, IndexAnswer, IndexedDocument } from '@pfp/search-index';
import { DataSource } from 'typeorm';
import { SEARCH_DOCUMENTS } from '../search-documents/search-sources';
import { SEARCH_FACETS, type SearchKind } from '../search-documents/search-entry';
import type { SearchRequest } from './search-query';

const ANSWER_CACHE = 2_000;
/** The reader facet's value of a row anyone may read; other rows carry the organisations that may (a PARTNERS-only project). */
const ANYONE = '*';
const FILTERS: Array<[keyof NonNullable<SearchRequest['filter']>, string]> = [
  ['kinds', 'kind'],
  ['themes', 'theme'],
  ['gcmObjectives', 'gcmObjective'],
  ['sdgTargets', 'sdgTarget'],
  ['regions', 'region'],
  ['countries', 'country'],
  ['organizations', 'organization'],
];

interface Row {
  id: string;
  kind: SearchKind;
  visible: boolean;
  change_seq: string;
  title: string;
  summary: string;
  path: string;
  status: string;
  published_at: Date | null;
  facet_values: string[];
  readers: string[] | null;
  a: string;
  b: string;
  terms: string;
}

/** A hit as the index keeps it, as JSON: what SearchHit shows. */
export interface IndexedHit {
  id: string;
  kind: SearchKind;
  title: string;
  summary: string;
  path: string;
  status: string;
  publishedAt: string | null;
}

export interface SearchAnswer {
  total: number;
  hits: IndexedHit[];
  facets: IndexAnswer<string>['facets'];
}

/**
 * The one search in memory, in each API process (IndexFeed over search_documents): lexemes,
 * weights and facet values as PostgreSQL wrote them, and who may read each row (`readers`) as a
 * facet the viewer's search is always filtered on. Ranked as the SQL path ranks (title and
 * summary), newest first among equals and when there are no words.
 */
@Injectable()
export class SearchDocumentsIndex extends IndexFeed<Row> {
  cacheEnabled = true;
  private readonly answers = new Map<string, SearchAnswer>();

  constructor(dataSource: DataSource, projections: Projections) {
    super(dataSource, projections, {
      name: 'SearchDocumentsIndex',
      table: 'search_documents',
      projection: SEARCH_DOCUMENTS,
      orders: { NEWEST: [{ key: 'at', descending: true }] },
      columns: `id, kind, visible, change_seq::text AS change_seq, title, summary, path, status, published_at, facet_values, readers, ${LEXEME_COLUMNS}`,
      indexed,
    });
  }

  /** One page, the total and the counts (kind counted without the kind filter), cached by the index's version and the request. */
  search(query: Exclude<IndexQuery, { kind: 'sql' }>, request: SearchRequest): SearchAnswer {
    const key = `${this.index.version}|${request.hidden.join(',')}|${request.organizationId ?? ''}|${JSON.stringify([query, request.filter, request.limit, request.offset])}`;
    const cached = this.cacheEnabled ? this.answers.get(key) : undefined;
    if (cached) return cached;
    const answer = query.kind === 'nothing' ? { total: 0, hits: [], facets: Object.fromEntries(SEARCH_FACETS.map((f) => [f, []])) } : this.run(query, request);
    if (this.cacheEnabled) {
      this.answers.set(key, answer);
      if (this.answers.size > ANSWER_CACHE) this.answers.delete(this.answers.keys().next().value!);
    }
    return answer;
  }

  private run(query: Exclude<IndexQuery, { kind: 'sql' | 'nothing' }>, request: SearchRequest): SearchAnswer {
    const readable: Filter = { facet: 'reader', values: request.organizationId ? [ANYONE, request.organizationId] : [ANYONE] };
    const filters = FILTERS.flatMap(([name, facet]) => {
      const values = request.filter?.[name];
      return values?.length ? [{ facet, values: values as string[] }] : [];
    });
    const matching = query.kind === 'query' ? query.query : null;
    const common = { query: matching, exclude: request.hidden, order: matching ? 'relevance' : 'NEWEST', tieBreak: 'NEWEST' };
    const countsKey = `${request.hidden.join(',')}|${request.organizationId ?? ''}|${JSON.stringify(matching)}|`;
    const found = this.index.search({
      ...common,
      filters: [readable, ...filters],
      facets: SEARCH_FACETS.filter((f) => f !== 'kind'),
      countsKey: countsKey + JSON.stringify(request.filter ?? {}),
      offset: request.offset,
      limit: request.limit,
    });
    // how many of each kind there are to switch to: the kind filter left out
    const withoutKinds = { ...(request.filter ?? {}), kinds: undefined };
    const kinds = this.index.search({
      ...common,
      filters: [readable, ...filters.filter((f) => f.facet !== 'kind')],
      facets: ['kind'],
      countsKey: countsKey + JSON.stringify(withoutKinds),
      offset: 0,
      limit: 0,
    });
    return { total: found.total, hits: found.hits.map((h) => JSON.parse(h.payload) as IndexedHit), facets: { ...found.facets, kind: kinds.facets.kind } };
  }
}

function indexed(row: Row): IndexedDocument<string> {
  const hit: IndexedHit = {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    path: row.path,
    status: row.status,
    publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
  };
  return {
    id: row.id,
    terms: weightedTerms(row),
    facets: { ...facetsOf(row.facet_values), reader: row.readers ?? [ANYONE] },
    keys: { at: row.published_at ? new Date(row.published_at).getTime() : 0 },
    payload: JSON.stringify(hit),
  };
}
