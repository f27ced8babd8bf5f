import { Injectable } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import type { IndexAnswer, IndexedDocument } from '@pfp/search-index';
import { DataSource } from 'typeorm';
import type { PracticeNode } from '../shared/practice.types';
import { facetDecoration } from './facet-labels';
import { facetsOf, IndexFeed, LEXEME_COLUMNS, weightedTerms, type IndexQuery } from './index-feed';
import { PRACTICE_SEARCH, type PracticeSearchDocument } from './practice-search.projection';
import type { PracticeSearchFilter } from './search-query';
import { presentSearchResult } from './search-result';

export { FEED_POLL_MS, type IndexQuery } from './index-feed';

const ANSWER_CACHE = 2_000;
/** Results kept presented (parsed from their JSON), the most recently shown: a popular practice is parsed once per revision. */
const PRESENTED = 5_000;

export const INDEX_FACETS = ['theme', 'gcmObjective', 'region', 'country', 'owner', 'implementationStatus'] as const;
const FILTER_FACETS: Record<keyof PracticeSearchFilter, { facet: string; all?: boolean }> = {
  themes: { facet: 'theme' },
  gcmObjectives: { facet: 'gcmObjective' },
  regions: { facet: 'region' },
  countries: { facet: 'country' },
  owners: { facet: 'owner' },
  implementationStatuses: { facet: 'implementationStatus' },
  criteria: { facet: 'criterion', all: true },
};

/** The same orders as the SQL: newest (published_at DESC, id), title (lower(title), newest, id). */
const ORDERS = { NEWEST: [{ key: 'at', descending: true }], TITLE: [{ key: 'title' }, { key: 'at', descending: true }] };

interface Row {
  id: string;
  revision: number;
  /** The document as JSON text, the owner's next text left out: search results never show it. */
  doc: string;
  visible: boolean;
  change_seq: string;
  title: string;
  published_at: Date | null;
  facet_values: string[];
  met_criteria: string[];
  a: string;
  b: string;
  terms: string;
}

/**
 * Practice search in memory, in each API process (IndexFeed): the visible rows of
 * practice_search (their lexemes as PostgreSQL analysed them, weights, facet values, orders).
 */
@Injectable()
export class PracticeSearchIndex extends IndexFeed<Row> {
  cacheEnabled = true;
  private readonly answers = new Map<string, IndexAnswer<string>>();
  private readonly presented = new Map<string, { payload: string; node: PracticeNode | null }>();

  constructor(dataSource: DataSource, projections: Projections) {
    super(dataSource, projections, {
      name: 'PracticeSearchIndex',
      table: 'practice_search',
      projection: PRACTICE_SEARCH,
      orders: ORDERS,
      columns: `id, revision, (doc - 'next')::text AS doc, visible, change_seq::text AS change_seq, title, published_at, facet_values, met_criteria, ${LEXEME_COLUMNS}`,
      indexed,
    });
  }

  /** One page and the counts, answers cached by the index's version, the hidden ids and the request. */
  search(
    query: Exclude<IndexQuery, { kind: 'sql' }>,
    request: { filter?: PracticeSearchFilter | null; orderBy?: string | null; limit: number; offset: number; key: string },
    hidden: readonly string[],
  ): IndexAnswer<string> {
    const key = `${this.index.version}|${hidden.join(',')}|${request.key}`;
    const cached = this.cacheEnabled ? this.answers.get(key) : undefined;
    if (cached) return cached;
    const filters = Object.entries(request.filter ?? {})
      .filter(([, values]) => Array.isArray(values) && values.length > 0)
      .map(([name, values]) => ({ ...FILTER_FACETS[name as keyof PracticeSearchFilter], values: values as string[] }));
    const answer: IndexAnswer<string> =
      query.kind === 'nothing'
        ? { total: 0, hits: [], facets: Object.fromEntries(INDEX_FACETS.map((f) => [f, []])) }
        : this.index.search({
            query: query.kind === 'query' ? query.query : null,
            filters,
            exclude: hidden,
            order: query.kind === 'query' && (request.orderBy ?? 'RELEVANCE') === 'RELEVANCE' ? 'relevance' : request.orderBy === 'TITLE' ? 'TITLE' : 'NEWEST',
            tieBreak: 'NEWEST',
            facets: INDEX_FACETS,
            // the same text, filters and hidden ids match the same practices: counted once per index version
            countsKey: `${hidden.join(',')}|${query.kind === 'query' ? JSON.stringify(query.query) : ''}|${JSON.stringify(request.filter ?? {})}`,
            decorate: facetDecoration,
            offset: request.offset,
            limit: request.limit,
          });
    if (this.cacheEnabled) {
      this.answers.set(key, answer);
      if (this.answers.size > ANSWER_CACHE) this.answers.delete(this.answers.keys().next().value!);
    }
    return answer;
  }

  /** A hit as a visitor sees it; the same payload (the row at one revision) is parsed once while it stays among the PRESENTED. */
  present(hit: { id: string; payload: string }): PracticeNode | null {
    const kept = this.presented.get(hit.id);
    this.presented.delete(hit.id);
    const node =
      kept && kept.payload === hit.payload
        ? kept.node
        : (() => {
            const { doc, revision } = JSON.parse(hit.payload) as { doc: PracticeSearchDocument; revision: number };
            return presentSearchResult(doc, revision);
          })();
    this.presented.set(hit.id, { payload: hit.payload, node });
    if (this.presented.size > PRESENTED) this.presented.delete(this.presented.keys().next().value!);
    return node;
  }
}

/** A visible row as the index keeps it: lexemes weighted A (title) > B (summary) > body; the payload is the row as JSON. */
export function indexed(row: Row): IndexedDocument<string> {
  return {
    id: row.id,
    terms: weightedTerms(row),
    facets: { ...facetsOf(row.facet_values), criterion: row.met_criteria },
    keys: { at: row.published_at ? new Date(row.published_at).getTime() : 0, title: row.title.toLowerCase() },
    payload: `{"revision":${row.revision},"doc":${row.doc}}`,
  };
}
