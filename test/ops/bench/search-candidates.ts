// bench:search's candidates beside the chosen design, each answering one search of the mix (a page of 20 and six facet counts).
import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import type { Pool } from 'pg';
import { searchFacetsSql, searchPageSql, type PracticeSearchIndex } from '@pfp/practices';
import { Bitset, rankedTerms } from '@pfp/search-index';
import type { MixSearch } from './search-data';

export interface Candidate {
  name: string;
  run(q: MixSearch): Promise<unknown>;
}

const FACETS = ['theme', 'gcmObjective', 'region', 'country', 'owner', 'implementationStatus'];
const requestOf = (q: MixSearch) => ({ search: q.search ?? null, filter: q.filter ?? null, orderBy: q.orderBy ?? null, limit: 20, offset: 0 });

/** (a) Today's SQL: the ranked page and the facet counts over every match, in PostgreSQL. */
export function sqlPath(pool: Pool): Candidate {
  return {
    name: '(a) SQL: rank + 6 facet counts in PostgreSQL',
    async run(q) {
      const page = searchPageSql(requestOf(q));
      const facets = searchFacetsSql(requestOf(q));
      return Promise.all([pool.query(page.text, page.values), pool.query(facets.text, facets.values)]);
    },
  };
}

/** The WHERE of the facets statement (what matches), to select ids or a bounded set with. */
function whereOf(request: ReturnType<typeof requestOf>): { where: string; values: unknown[] } {
  const { text, values } = searchFacetsSql(request);
  return { where: text.slice(text.indexOf(' WHERE ') + 7, text.lastIndexOf(' GROUP BY v')), values };
}

/**
 * (b) Facet counts out of PostgreSQL: a compact bitmap per facet value in memory, counts of
 * facet-only browsing (no filter or one value) precomputed per filter, others intersected
 * with the ids PostgreSQL matched; the ranked page still in SQL.
 */
export async function bitmapFacets(pool: Pool): Promise<Candidate & { buildMs: number }> {
  const started = Date.now();
  const { rows } = await pool.query<{ id: string; facet_values: string[] }>(`SELECT id, facet_values FROM practice_search WHERE visible`);
  const slotOf = new Map(rows.map((r, i) => [r.id, i]));
  const bitmaps = new Map<string, Bitset>();
  rows.forEach((r, slot) => {
    for (const v of r.facet_values) {
      let set = bitmaps.get(v);
      if (!set) bitmaps.set(v, (set = new Bitset(rows.length)));
      set.add(slot);
    }
  });
  const values = [...bitmaps.keys()].filter((v) => v !== 'total:');
  const countsIn = (matches: Bitset) => values.map((v) => matches.countAnd(bitmaps.get(v)!)).filter((n) => n > 0);
  // precomputed: the counts under each single filter value, and under none
  const precomputed = new Map<string, number[]>([['', countsIn(bitmaps.get('total:')!)]]);
  for (const v of values) if (/^(theme|country|region):/.test(v)) precomputed.set(v, countsIn(bitmaps.get(v)!));
  return {
    name: '(b) SQL page + facet counts from per-value bitmaps (precomputed per filter when browsing)',
    buildMs: Date.now() - started,
    async run(q) {
      const request = requestOf(q);
      const page = searchPageSql(request);
      const [facet, list] = Object.entries(q.filter ?? {})[0] ?? [];
      const key = facet ? `${({ countries: 'country', themes: 'theme', regions: 'region' } as Record<string, string>)[facet]}:${list![0]}` : '';
      if (!q.search && precomputed.has(key)) return [await pool.query(page.text, page.values), precomputed.get(key)];
      const { where, values: params } = whereOf(request);
      const [rowsOfPage, ids] = await Promise.all([pool.query(page.text, page.values), pool.query<{ id: string }>(`SELECT id FROM practice_search WHERE ${where}`, params)]);
      const matches = new Bitset(rows.length);
      for (const { id } of ids.rows) matches.add(slotOf.get(id) ?? 0);
      return [rowsOfPage, countsIn(matches)];
    },
  };
}

/** (c) A bounded candidate set: at most 1,000 matches (the newest when browsing), ranked and counted in SQL. Counts stop at 1,000. */
export function boundedCandidates(pool: Pool, bound = 1000): Candidate {
  return {
    name: `(c) bounded candidate set (${bound.toLocaleString('en')}) ranked and counted in SQL`,
    async run(q) {
      const request = requestOf(q);
      const page = searchPageSql(request);
      const { where, values } = whereOf(request);
      const newest = q.search ? '' : ' ORDER BY published_at DESC';
      const from = `FROM (SELECT * FROM practice_search WHERE ${where}${newest} LIMIT ${bound}) practice_search`;
      const pageText = page.text.replace(/FROM practice_search WHERE .* ORDER BY/, `${from} ORDER BY`);
      const facetsText = `SELECT v AS value, count(*)::int AS count ${from}, unnest(facet_values) AS v GROUP BY v`;
      return Promise.all([pool.query(pageText, page.values), pool.query(facetsText, values)]);
    },
  };
}

/** (d1) Orama in this process, fed the same rows and the same lexemes (PostgreSQL's analysis): its own BM25, where and facets. */
export async function oramaIndex(pool: Pool, feed: PracticeSearchIndex, max: number): Promise<Candidate & { buildMs: number; size: number }> {
  const started = Date.now();
  const db: AnyOrama = create({
    schema: { terms: 'string', theme: 'string[]', gcmObjective: 'string[]', region: 'string[]', country: 'string[]', owner: 'string', implementationStatus: 'string', at: 'number' },
    components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (raw: string) => (raw ? raw.split(' ') : []) } },
  });
  const PAGE = Math.min(5000, max);
  let size = 0;
  for (let after = ''; size < max; ) {
    const { rows } = await pool.query(
      `SELECT id, array_to_string(tsvector_to_array(document), ' ') AS terms, facet_values, extract(epoch FROM published_at)::float8 AS at
       FROM practice_search WHERE visible AND id > $1 ORDER BY id LIMIT ${PAGE}`,
      [after],
    );
    if (rows.length === 0) break;
    const docs = rows.map((r: { id: string; terms: string; facet_values: string[]; at: number }) => {
      const doc: Record<string, unknown> = { id: r.id, terms: r.terms, at: r.at, theme: [], gcmObjective: [], region: [], country: [], owner: '', implementationStatus: '' };
      for (const tagged of r.facet_values) {
        const [facet, value] = [tagged.slice(0, tagged.indexOf(':')), tagged.slice(tagged.indexOf(':') + 1)];
        if (Array.isArray(doc[facet])) (doc[facet] as string[]).push(value);
        else if (facet in doc) doc[facet] = value;
      }
      return doc;
    });
    await insertMultiple(db, docs as never, PAGE);
    size += docs.length;
    after = rows[rows.length - 1].id;
  }
  const facets = Object.fromEntries(FACETS.map((f) => [f, { limit: 300 }]));
  return {
    name: `(d1) Orama 3 in process (its BM25, where, facets; same lexemes)${size < max ? '' : `, on ${size.toLocaleString('en')} practices only`}`,
    buildMs: Date.now() - started,
    size,
    async run(q) {
      const analysed = await feed.query(q.search);
      const term = analysed.kind === 'query' ? [...rankedTerms(analysed.query)].join(' ') : '';
      const where: Record<string, string> = {};
      const filter = q.filter ?? {};
      if (filter.countries) where.country = filter.countries[0];
      if (filter.themes) where.theme = filter.themes[0];
      if (filter.regions) where.region = filter.regions[0];
      return oramaSearch(db, {
        term,
        properties: ['terms'],
        limit: 20,
        facets: facets as never,
        ...(Object.keys(where).length ? { where: where as never } : {}),
        ...(term ? {} : { sortBy: { property: 'at', order: 'DESC' } }),
      });
    },
  };
}

/** (d2) The chosen design called directly: libs/search-index fed by practice_search (answer cache off). */
export function ownIndex(feed: PracticeSearchIndex): Candidate {
  return {
    name: '(d2) libs/search-index in process (bitmaps, same lexemes)',
    async run(q) {
      const query = await feed.query(q.search);
      if (query.kind === 'sql') throw new Error('no phrase in the mix');
      const request = requestOf(q);
      const answer = feed.search(query, { ...request, key: JSON.stringify(request) }, []);
      return answer.hits.map((h) => JSON.parse(h.payload) as unknown);
    },
  };
}
