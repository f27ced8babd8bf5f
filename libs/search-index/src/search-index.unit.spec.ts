import { matchable, parseTsQuery, SearchIndex, type IndexedDocument } from './index';

const ORDERS = { newest: [{ key: 'at', descending: true }], title: [{ key: 'title' }, { key: 'at', descending: true }] };

function doc(id: string, at: number, terms: Record<string, number>, facets: Record<string, string[]>, title = id): IndexedDocument<string> {
  return { id, terms: new Map(Object.entries(terms)), facets, keys: { at, title }, payload: `payload of ${id}` };
}

describe('search index', () => {
  const index = new SearchIndex<string>(ORDERS);
  index.put(doc('a', 1, { child: 3, border: 0 }, { theme: ['children'], country: ['MEX'] }, 'zeta'));
  index.put(doc('b', 2, { child: 1, detent: 0 }, { theme: ['children', 'detention'], country: ['HND'] }, 'alpha'));
  index.put(doc('c', 3, { remitt: 3 }, { theme: ['remittances'], country: ['MEX'] }, 'mu'));
  index.put(doc('d', 4, { child: 0 }, { theme: ['children'], country: ['MEX', 'HND'] }, 'beta'));

  it('parses PostgreSQL tsquery text, phrases marked as not matchable here', () => {
    expect(parseTsQuery(`'child' | 'children'`)).toEqual({
      kind: 'or',
      children: [
        { kind: 'term', term: 'child' },
        { kind: 'term', term: 'children' },
      ],
    });
    expect(parseTsQuery(`( 'a' | 'b' ) & !( 'c''s' | 'd' )`)).toEqual({
      kind: 'and',
      children: [
        {
          kind: 'or',
          children: [
            { kind: 'term', term: 'a' },
            { kind: 'term', term: 'b' },
          ],
        },
        {
          kind: 'not',
          child: {
            kind: 'or',
            children: [
              { kind: 'term', term: "c's" },
              { kind: 'term', term: 'd' },
            ],
          },
        },
      ],
    });
    expect(matchable(parseTsQuery(`'child' <-> 'labour' | 'x'`)!)).toBe(false);
    expect(parseTsQuery('')).toBeNull();
  });

  it('ranks by the weights of the matched terms, ties newest first, and counts facets over all matches', () => {
    const found = index.search({ query: parseTsQuery(`'child'`), order: 'relevance', tieBreak: 'newest', facets: ['theme', 'country'], offset: 0, limit: 10 });
    expect(found.hits.map((h) => h.id)).toEqual(['a', 'b', 'd']);
    expect(found.total).toBe(3);
    expect(found.facets.theme).toEqual([
      { value: 'children', count: 3 },
      { value: 'detention', count: 1 },
    ]);
    expect(found.facets.country).toEqual(
      [
        { value: 'MEX', count: 2 },
        { value: 'HND', count: 2 },
      ].sort((x, y) => x.value.localeCompare(y.value)),
    );
  });

  it('filters any-of within a facet and all-of where asked, excludes ids, negates, pages, orders', () => {
    const filters = [{ facet: 'country', values: ['HND', 'XXX'] }];
    expect(index.search({ filters, order: 'newest', offset: 0, limit: 10 }).hits.map((h) => h.id)).toEqual(['d', 'b']);
    expect(
      index.search({ filters: [{ facet: 'country', values: ['HND', 'MEX'], all: true }], order: 'newest', offset: 0, limit: 10 }).hits.map((h) => h.id),
    ).toEqual(['d']);
    expect(
      index.search({ query: parseTsQuery(`'child' & !'detent'`), order: 'relevance', tieBreak: 'newest', offset: 0, limit: 10 }).hits.map((h) => h.id),
    ).toEqual(['a', 'd']);
    expect(index.search({ order: 'newest', exclude: ['c'], offset: 1, limit: 2 }).hits.map((h) => h.id)).toEqual(['b', 'a']);
    expect(index.search({ order: 'title', offset: 0, limit: 10 }).hits.map((h) => h.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('replaces and removes documents everywhere: postings, facet bitmaps, orders', () => {
    const local = new SearchIndex<string>(ORDERS);
    for (let i = 0; i < 3000; i++) local.put(doc(`p${i}`, i, { [`w${i % 7}`]: 1 }, { country: [i % 2 ? 'MEX' : 'HND'] }));
    local.put(doc('p5', 5, { other: 1 }, { country: ['FRA'] }));
    local.remove('p6');
    const w5 = local.search({ query: parseTsQuery(`'w5'`), order: 'relevance', tieBreak: 'newest', facets: ['country'], offset: 0, limit: 1000 });
    expect(w5.hits.map((h) => h.id)).not.toContain('p5');
    expect(local.search({ query: parseTsQuery(`'w6'`), order: 'newest', offset: 0, limit: 1000 }).hits.map((h) => h.id)).not.toContain('p6');
    const all = local.search({ order: 'newest', facets: ['country'], offset: 0, limit: 5 });
    expect(all.total).toBe(2999);
    expect(all.facets.country).toEqual([
      { value: 'HND', count: 1499 },
      { value: 'MEX', count: 1499 },
      { value: 'FRA', count: 1 },
    ]);
    expect(all.hits.map((h) => h.id)).toEqual(['p2999', 'p2998', 'p2997', 'p2996', 'p2995']);
    // counts kept per key until the index changes
    const kept = () => local.search({ order: 'newest', facets: ['country'], countsKey: 'all', offset: 0, limit: 1 }).facets.country;
    expect(kept()).toEqual(all.facets.country);
    local.put(doc('p7000', 7000, {}, { country: ['FRA'] }));
    expect(kept()).toContainEqual({ value: 'FRA', count: 2 });
  });

  it('counts documents with more facet values than the flat store keeps, and ties A to Z whatever order values came in', () => {
    const local = new SearchIndex<string>(ORDERS);
    const many = Array.from({ length: 40 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    for (let i = 0; i < 2000; i++) local.put(doc(`p${i}`, i, { common: 1 }, { country: i % 100 === 0 ? [...many].reverse() : [many[i % 3]] }));
    const found = local.search({ query: parseTsQuery(`'common'`), order: 'relevance', tieBreak: 'newest', facets: ['country'], offset: 0, limit: 1 });
    // 20 documents carry all 40 values (put in reverse), the others one of c00, c01, c02: 660 each besides those 20
    expect(found.facets.country.slice(0, 4)).toEqual([
      { value: 'c00', count: 680 },
      { value: 'c01', count: 680 },
      { value: 'c02', count: 680 },
      { value: 'c03', count: 20 },
    ]);
    expect(found.facets.country.slice(3).map((c) => c.value)).toEqual(many.slice(3));
    expect(found.facets.country.slice(3).every((c) => c.count === 20)).toBe(true);
  });

  it('pages a handful of matches among many in the order asked, and follows later changes of the order', () => {
    const local = new SearchIndex<string>(ORDERS);
    for (let i = 0; i < 5000; i++) local.put(doc(`p${i}`, i, { [i % 1000 === 7 ? 'rare' : 'filler']: 0 }, {}));
    const rare = () => local.search({ query: parseTsQuery(`'rare'`), order: 'relevance', tieBreak: 'newest', offset: 0, limit: 3 });
    expect(rare().total).toBe(5);
    expect(rare().hits.map((h) => h.id)).toEqual(['p4007', 'p3007', 'p2007']);
    local.put(doc('p1007', 9000, { rare: 0 }, {}));
    expect(rare().hits.map((h) => h.id)).toEqual(['p1007', 'p4007', 'p3007']);
    expect(local.search({ query: parseTsQuery(`'rare'`), order: 'relevance', tieBreak: 'newest', offset: 3, limit: 10 }).hits.map((h) => h.id)).toEqual([
      'p2007',
      'p7',
    ]);
  });

  it('counts without a page when asked for none', () => {
    const counted = index.search({ query: parseTsQuery(`'child'`), order: 'relevance', tieBreak: 'newest', facets: ['country'], offset: 0, limit: 0 });
    expect(counted).toMatchObject({ total: 3, hits: [] });
    expect(counted.facets.country).toEqual([
      { value: 'HND', count: 2 },
      { value: 'MEX', count: 2 },
    ]);
  });
});
