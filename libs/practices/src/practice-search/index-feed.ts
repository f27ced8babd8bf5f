import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Projections } from '@pfp/event-sourcing';
import { matchable, parseTsQuery, SearchIndex, type IndexedDocument, type Order, type Query } from '@pfp/search-index';
import type { DataSource } from 'typeorm';
import { searchTsQuerySql } from './text-search';

/** How often an index reads the rows written since it last looked (another process's writes; this one's are read at once). */
export const FEED_POLL_MS = 100;
const PAGE = 5_000;
const QUERY_CACHE = 10_000;
/** Joins lexemes in the feed's SELECT (a control character no lexeme holds). */
export const SEP = '\u001f';

/** What a search asks of the index: nothing to match (browse), nothing matches, a query, or one for PostgreSQL (a phrase). */
export type IndexQuery = { kind: 'browse' } | { kind: 'nothing' } | { kind: 'query'; query: Query } | { kind: 'sql' };

/** A read-model table an index follows: its rows carry `change_seq` (a number from one sequence at every write) and `visible`. */
export interface FedTable<Row> {
  /** For the log: `PracticeSearchIndex`. */
  name: string;
  table: string;
  /** The projection that writes it, whose moves in this process are read at once. */
  projection: string;
  orders: Readonly<Record<string, Order>>;
  /** The SELECT list (`change_seq::text AS change_seq` and `visible` among them); `$3` is SEP. */
  columns: string;
  indexed(row: Row): IndexedDocument<string>;
}

/**
 * A read-model table in memory, in each API process: its visible rows in a SearchIndex, fed by
 * the rows the projection writes (change_seq). Built before the process reports ready
 * (onApplicationBootstrap runs before the server listens), so a restart never serves an empty
 * index; brought up to date before a search whenever this process's projection moved (a
 * mutation here is searchable as it returns) and every FEED_POLL_MS otherwise. Search text is
 * analysed by PostgreSQL, as the SQL path analyses it (searchTsQuerySql), and cached.
 */
export abstract class IndexFeed<Row extends { change_seq: string; visible: boolean; id: string }> implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  index: SearchIndex<string>;
  /** Off: every search takes the SQL path (what bench:search compares against). */
  enabled = true;
  private watermark = 0;
  private syncing: Promise<void> | null = null;
  private again = false;
  private seen: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly queries = new Map<string, Promise<IndexQuery>>();
  /** How long the last full build took (ms), and how many rows it read. */
  lastBuild = { ms: 0, rows: 0 };

  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly projections: Projections,
    private readonly fed: FedTable<Row>,
  ) {
    this.logger = new Logger(fed.name);
    this.index = new SearchIndex<string>(fed.orders);
  }

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    await this.sync();
    this.lastBuild = { ms: Date.now() - started, rows: this.index.size };
    this.logger.log(`${this.index.size} rows of ${this.fed.table} indexed in ${this.lastBuild.ms} ms`);
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
    const status = this.projections.status().find((s) => s.name === this.fed.projection);
    const at = status?.checkpoint ? `${status.checkpoint.commit}/${status.checkpoint.prepare}` : null;
    if (at !== this.seen) {
      this.seen = at;
      await this.sync();
    } else if (this.syncing) await this.syncing;
  }

  private async readChanges(): Promise<void> {
    const { table } = this.fed;
    const [{ head }] = (await this.dataSource.query(`SELECT coalesce(max(change_seq), 0)::text AS head FROM ${table}`)) as Array<{ head: string }>;
    if (Number(head) < this.watermark) {
      // the table was rebuilt from a fresh sequence: start again
      this.logger.warn(`${table} went back (${head} < ${this.watermark}): rebuilding the index`);
      this.index = new SearchIndex<string>(this.fed.orders);
      this.watermark = 0;
    }
    while (Number(head) > this.watermark) {
      const rows: Row[] = await this.dataSource.query(`SELECT ${this.fed.columns} FROM ${table} WHERE change_seq > $1 ORDER BY change_seq LIMIT $2`, [
        this.watermark,
        PAGE,
        SEP,
      ]);
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.visible) this.index.put(this.fed.indexed(row));
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
}

/** A row's lexemes with their weights in ranking: title (A) 1, summary (B) 0.4 (ts_rank's defaults), the rest 0. */
export function weightedTerms(row: { a: string; b: string; terms: string }): Map<string, number> {
  const terms = new Map<string, number>();
  for (const term of row.terms ? row.terms.split(SEP) : []) terms.set(term, 0);
  for (const term of row.b ? row.b.split(SEP) : []) terms.set(term, 0.4);
  for (const term of row.a ? row.a.split(SEP) : []) terms.set(term, 1);
  return terms;
}

/** The SELECT list's lexeme columns, out of a `document` tsvector: a (title), b (summary), terms (all). */
export const LEXEME_COLUMNS = `array_to_string(tsvector_to_array(ts_filter(document, '{a}')), $3) AS a,
  array_to_string(tsvector_to_array(ts_filter(document, '{b}')), $3) AS b,
  array_to_string(tsvector_to_array(document), $3) AS terms`;

/** `facet_values` (`<facet>:<value>`, `total:` left out) by facet. */
export function facetsOf(tagged: readonly string[]): Record<string, string[]> {
  const facets: Record<string, string[]> = {};
  for (const value of tagged) {
    const colon = value.indexOf(':');
    const facet = value.slice(0, colon);
    if (facet !== 'total') (facets[facet] ??= []).push(value.slice(colon + 1));
  }
  return facets;
}
