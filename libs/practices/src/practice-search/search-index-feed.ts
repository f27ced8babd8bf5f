import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { matchable, parseTsQuery, SearchIndex, type IndexAnswer, type IndexedDocument, type Query } from '@pfp/search-index';
import { DataSource } from 'typeorm';
import type { PracticeNode } from '../shared/practice.types';
import { facetDecoration } from './facet-labels';
import { PRACTICE_SEARCH, type PracticeSearchDocument } from './practice-search.projection';
import { presentSearchResult } from './search-result';
import type { PracticeSearchFilter } from './search-query';
import { searchTsQuerySql } from './text-search';

/** How often the index reads the rows written since it last looked (another process's writes; this one's are read at once). */
export const FEED_POLL_MS = 100;
const PAGE = 5_000;
const QUERY_CACHE = 10_000;
const ANSWER_CACHE = 2_000;
/** Results kept presented (parsed from their JSON), the most recently shown: a popular practice is parsed once per revision. */
const PRESENTED = 5_000;
const SEP = '\u001f';

/** ts_rank's default weights of title (A) and summary (B); a body-only match ranks below both. */
const WEIGHT = { a: 1, b: 0.4 } as const;

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

/** What a search asks of the index: nothing to match (browse), nothing matches, a query, or one for PostgreSQL (a phrase). */
export type IndexQuery = { kind: 'browse' } | { kind: 'nothing' } | { kind: 'query'; query: Query } | { kind: 'sql' };

/**
 * Practice search in memory, in each API process: the visible rows of practice_search (their
 * lexemes as PostgreSQL analysed them, weights, facet values, orders) in a SearchIndex, fed by
 * the rows the projection writes (change_seq). Built before the process reports ready
 * (onApplicationBootstrap runs before the server listens), so a restart never serves an empty
 * index; brought up to date before a search whenever this process's projection moved (a
 * mutation here is searchable as it returns) and every FEED_POLL_MS otherwise.
 */
@Injectable()
export class PracticeSearchIndex implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PracticeSearchIndex');
  index = new SearchIndex<string>(ORDERS);
  /** Off: every search takes the SQL path (what bench:search compares against). */
  enabled = true;
  cacheEnabled = true;
  private watermark = 0;
  private syncing: Promise<void> | null = null;
  private again = false;
  private seen: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly queries = new Map<string, Promise<IndexQuery>>();
  private readonly answers = new Map<string, IndexAnswer<string>>();
  private readonly presented = new Map<string, { payload: string; node: PracticeNode | null }>();
  /** How long the last full build took (ms), and how many rows it read. */
  lastBuild = { ms: 0, rows: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: Projections,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    await this.sync();
    this.lastBuild = { ms: Date.now() - started, rows: this.index.size };
    this.logger.log(`${this.index.size} practices indexed in ${this.lastBuild.ms} ms`);
    this.timer = setInterval(() => void this.sync().catch((e: Error) => this.logger.warn(`sync failed: ${e.message}`)), FEED_POLL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Reads what changed; a call while one runs is served by one more run after it (the write may have come after its read). */
  sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      try {
        do {
          this.again = false;
          await this.readChanges();
        } while (this.again);
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  /** Up to date with this process's own projection run, if it runs it (read-your-writes here). */
  async fresh(): Promise<void> {
    const status = this.projections.status().find((s) => s.name === PRACTICE_SEARCH);
    const at = status?.checkpoint ? `${status.checkpoint.commit}/${status.checkpoint.prepare}` : null;
    if (at !== this.seen) {
      this.seen = at;
      await this.sync();
    } else if (this.syncing) await this.syncing;
  }

  private async readChanges(): Promise<void> {
    const [{ head }] = (await this.dataSource.query(`SELECT coalesce(max(change_seq), 0)::text AS head FROM practice_search`)) as Array<{ head: string }>;
    if (Number(head) < this.watermark) {
      // the table was rebuilt from a fresh sequence: start again
      this.logger.warn(`practice_search went back (${head} < ${this.watermark}): rebuilding the index`);
      this.index = new SearchIndex<string>(ORDERS);
      this.watermark = 0;
    }
    while (Number(head) > this.watermark) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT id, revision, (doc - 'next')::text AS doc, visible, change_seq::text AS change_seq, title, published_at, facet_values, met_criteria,
           array_to_string(tsvector_to_array(ts_filter(document, '{a}')), $3) AS a,
           array_to_string(tsvector_to_array(ts_filter(document, '{b}')), $3) AS b,
           array_to_string(tsvector_to_array(document), $3) AS terms
         FROM practice_search WHERE change_seq > $1 ORDER BY change_seq LIMIT $2`,
        [this.watermark, PAGE, SEP],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.visible) this.index.put(indexed(row));
        else this.index.remove(row.id);
      }
      this.watermark = Number(rows[rows.length - 1].change_seq);
    }
  }

  /** The search text as the index matches it: PostgreSQL's own analysis of it (the SQL path's tsquery), parsed; cached. */
  query(search: string | null | undefined): Promise<IndexQuery> {
    const text = search?.trim();
    if (!text) return Promise.resolve({ kind: 'browse' });
    let found = this.queries.get(text);
    if (!found) {
      found = this.analyse(text);
      found.catch(() => this.queries.delete(text));
      this.queries.set(text, found);
      if (this.queries.size > QUERY_CACHE) this.queries.delete(this.queries.keys().next().value!);
    }
    return found;
  }

  private async analyse(text: string): Promise<IndexQuery> {
    const values: unknown[] = [];
    const sql = searchTsQuerySql(text, values);
    if (!sql) return { kind: 'browse' };
    const [{ q }] = (await this.dataSource.query(`SELECT (${sql})::text AS q`, values)) as Array<{ q: string }>;
    const query = parseTsQuery(q);
    if (!query) return { kind: 'nothing' };
    return matchable(query) ? { kind: 'query', query } : { kind: 'sql' };
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
  const terms = new Map<string, number>();
  for (const term of row.terms ? row.terms.split(SEP) : []) terms.set(term, 0);
  for (const term of row.b ? row.b.split(SEP) : []) terms.set(term, WEIGHT.b);
  for (const term of row.a ? row.a.split(SEP) : []) terms.set(term, WEIGHT.a);
  const facets: Record<string, string[]> = { criterion: row.met_criteria };
  for (const tagged of row.facet_values) {
    const colon = tagged.indexOf(':');
    const facet = tagged.slice(0, colon);
    if (facet !== 'total') (facets[facet] ??= []).push(tagged.slice(colon + 1));
  }
  return {
    id: row.id,
    terms,
    facets,
    keys: { at: row.published_at ? new Date(row.published_at).getTime() : 0, title: row.title.toLowerCase() },
    payload: `{"revision":${row.revision},"doc":${row.doc}}`,
  };
}
