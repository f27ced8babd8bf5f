import { Bitset } from './bitset';
import { rankedTerms, type Query } from './query';

/** A document as the index takes it: already analysed (terms stemmed by whoever feeds it). */
export interface IndexedDocument<P> {
  id: string;
  /** Each term with its weight in ranking (0: it matches, it does not rank). */
  terms: ReadonlyMap<string, number>;
  /** Facet values, by facet (`theme: ['diaspora', ...]`): what filters select and counts count. */
  facets: Readonly<Record<string, readonly string[]>>;
  /** The keys the orders sort on (`newest: <ms>`, `title: 'a…'`). */
  keys: Readonly<Record<string, number | string>>;
  payload: P;
}

/** An order: keys compared in turn, then the id (A to Z), so every order is total. */
export type Order = ReadonlyArray<{ key: string; descending?: boolean }>;

export interface Filter {
  facet: string;
  values: readonly string[];
  /** Documents with every value (default: any of them). */
  all?: boolean;
}

export interface IndexSearch {
  /** Absent: every document. */
  query?: Query | null;
  filters?: readonly Filter[];
  /** Ids left out (what moderation hid). */
  exclude?: Iterable<string>;
  /** `relevance` (the ranked terms' weights summed, ties in `tieBreak`), or the name of an order. */
  order: string;
  tieBreak?: string;
  /** The facets counted over every match. */
  facets?: readonly string[];
  /**
   * Says that requests with the same key match the same documents (the query, filters and
   * exclusions, not the page): their counts are kept until the index changes.
   */
  countsKey?: string;
  /**
   * What each count carries besides its value and count (a label, say), added once when counted:
   * with `countsKey`, answers then share their count lists, which callers must not change.
   */
  decorate?: (facet: string, value: string) => Readonly<Record<string, unknown>>;
  offset: number;
  limit: number;
}

export interface IndexAnswer<P> {
  total: number;
  hits: Array<{ id: string; score: number; payload: P }>;
  facets: Record<string, ReadonlyArray<Readonly<{ value: string; count: number }>>>;
}

/** How many sets of counts are kept (per index version). */
const COUNTS_KEPT = 5_000;
/**
 * Facet values kept per slot in one flat array, for counting: a slot's own array is a pointer
 * away (a cache miss per match, 8 times slower at 5,000 matches); a document with more reads its own.
 */
const VALUE_STRIDE = 16;
const OVERFLOWED = 0xffff;

/** A term's documents, unsorted (removal swaps the last into the gap). */
class Posting {
  slots = new Int32Array(4);
  weights = new Float32Array(4);
  length = 0;

  push(slot: number, weight: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const weights = new Float32Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length++] = weight;
  }

  remove(slot: number): void {
    const at = this.slots.subarray(0, this.length).indexOf(slot);
    if (at < 0) return;
    this.length--;
    this.slots[at] = this.slots[this.length];
    this.weights[at] = this.weights[this.length];
  }
}

interface Slot<P> {
  id: string;
  terms: Int32Array;
  values: Int32Array;
  keys: Readonly<Record<string, number | string>>;
  payload: P;
}

/**
 * An in-memory inverted index with faceting: a posting list per term, a bitmap per facet
 * value, and each order kept sorted as documents come and go. Matching is bitmap algebra
 * (a query's terms OR-ed, AND-ed, negated against every document); counts are bitmap
 * intersections, or per match when the matches are few; ranking touches only the matches.
 * No framework, no I/O: a feed decides what goes in (see the practices' search feed).
 */
export class SearchIndex<P> {
  /** Moves on every change: a key for caches of answers. */
  version = 0;
  private capacity = 1024;
  private readonly slotOf = new Map<string, number>();
  private readonly slots: Array<Slot<P> | undefined> = [];
  private readonly free: number[] = [];
  private present = new Bitset(this.capacity);
  private readonly termIds = new Map<string, number>();
  private readonly postings: Posting[] = [];
  private readonly valueIds = new Map<string, number>();
  private readonly valueNames: Array<{ facet: string; value: string }> = [];
  private bitmaps: Bitset[] = [];
  private readonly sorted = new Map<string, number[]>();
  /** Slots put since the orders were last sorted. */
  private unsorted: number[] = [];
  private scores = new Float64Array(this.capacity);
  private readonly counts = new Map<string, IndexAnswer<P>['facets']>();
  private countsVersion = 0;
  /** count()'s scratch, one slot per facet value, zero between calls. */
  private tally = new Int32Array(0);
  private readonly wanted = new Map<string, { known: number; ids: Int32Array }>();
  private ranks = new Int32Array(0);
  private readonly placesOf = new Map<string, { version: number; places: Int32Array }>();
  /** Each slot's facet value ids at slot * VALUE_STRIDE, and how many (OVERFLOWED: more, in its Slot). */
  private valueData = new Int32Array(this.capacity * VALUE_STRIDE);
  private valueCount = new Uint16Array(this.capacity);

  constructor(private readonly orders: Readonly<Record<string, Order>>) {
    for (const name of Object.keys(orders)) this.sorted.set(name, []);
  }

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a document, or replaces the one with its id. */
  put(doc: IndexedDocument<P>): void {
    this.remove(doc.id);
    const slot = this.free.pop() ?? this.slots.length;
    if (slot >= this.capacity) this.grow(slot + 1);
    const terms = new Int32Array(doc.terms.size);
    let t = 0;
    for (const [term, weight] of doc.terms) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.postings.length;
        this.termIds.set(term, id);
        this.postings.push(new Posting());
      }
      this.postings[id].push(slot, weight);
      terms[t++] = id;
    }
    const values: number[] = [];
    for (const [facet, list] of Object.entries(doc.facets)) {
      for (const value of new Set(list)) {
        const id = this.valueId(facet, value);
        this.bitmaps[id].add(slot);
        values.push(id);
      }
    }
    this.slots[slot] = { id: doc.id, terms, values: Int32Array.from(values), keys: doc.keys, payload: doc.payload };
    if (values.length <= VALUE_STRIDE) {
      this.valueData.set(values, slot * VALUE_STRIDE);
      this.valueCount[slot] = values.length;
    } else this.valueCount[slot] = OVERFLOWED;
    this.slotOf.set(doc.id, slot);
    this.present.add(slot);
    // kept sorted lazily: a build of many documents sorts once, a single change is put in place
    this.unsorted.push(slot);
    this.version++;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const entry = this.slots[slot]!;
    this.settle();
    for (const [name, list] of this.sorted) list.splice(this.position(name, list, slot), 1);
    for (const term of entry.terms) this.postings[term].remove(slot);
    for (const value of entry.values) this.bitmaps[value].delete(slot);
    this.present.delete(slot);
    this.slots[slot] = undefined;
    this.slotOf.delete(id);
    this.free.push(slot);
    this.version++;
  }

  search(request: IndexSearch): IndexAnswer<P> {
    this.settle();
    const matches = request.query ? this.match(request.query) : this.present.clone();
    for (const filter of request.filters ?? []) matches.and(this.selection(filter));
    for (const id of request.exclude ?? []) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) matches.delete(slot);
    }
    const total = matches.count();
    const wanted = request.offset + request.limit;
    const page =
      wanted === 0
        ? [] // counts only
        : request.order === 'relevance' && request.query
          ? this.ranked(matches, request.query, wanted, request.tieBreak ?? Object.keys(this.orders)[0], total)
          : this.inOrder(matches, request.order === 'relevance' ? (request.tieBreak ?? Object.keys(this.orders)[0]) : request.order, wanted, total);
    const hits = page.slice(request.offset).map(({ slot, score }) => ({ id: this.slots[slot]!.id, score, payload: this.slots[slot]!.payload }));
    return { total, hits, facets: this.countsOf(request, matches, total) };
  }

  private countsOf(request: IndexSearch, matches: Bitset, total: number): IndexAnswer<P>['facets'] {
    if (request.countsKey === undefined) return this.count(matches, total, request.facets ?? [], request.decorate);
    if (this.countsVersion !== this.version) {
      this.counts.clear();
      this.countsVersion = this.version;
    }
    const key = `${(request.facets ?? []).join()}|${request.countsKey}`;
    let counted = this.counts.get(key);
    if (!counted) {
      counted = this.count(matches, total, request.facets ?? [], request.decorate);
      this.counts.set(key, counted);
      if (this.counts.size > COUNTS_KEPT) this.counts.delete(this.counts.keys().next().value!);
    }
    // shared by every answer with the same key (decorated once when counted): read-only
    return counted;
  }

  /** Approximate bytes held by the index structures (not the payloads). */
  structureBytes(): number {
    let bytes = this.present.words.byteLength + this.scores.byteLength + this.bitmaps.reduce((n, b) => n + b.words.byteLength, 0);
    for (const p of this.postings) bytes += p.slots.byteLength + p.weights.byteLength;
    for (const s of this.slots) if (s) bytes += s.terms.byteLength + s.values.byteLength;
    return bytes;
  }

  /** Puts the slots added since into each order: one by one when few, by sorting again when many. */
  private settle(): void {
    if (this.unsorted.length === 0) return;
    const added = this.unsorted;
    this.unsorted = [];
    for (const [name, list] of this.sorted) {
      const order = this.orders[name];
      if (added.length < 64) for (const slot of added) list.splice(this.position(name, list, slot), 0, slot);
      else {
        for (const slot of added) list.push(slot);
        list.sort((a, b) => this.compare(order, a, b));
      }
    }
  }

  private valueId(facet: string, value: string): number {
    const key = `${facet}\u0000${value}`;
    let id = this.valueIds.get(key);
    if (id === undefined) {
      id = this.valueNames.length;
      this.valueIds.set(key, id);
      this.valueNames.push({ facet, value });
      this.bitmaps.push(new Bitset(this.capacity));
    }
    return id;
  }

  private grow(needed: number): void {
    while (this.capacity < needed) this.capacity *= 2;
    this.present = this.present.grown(this.capacity);
    this.bitmaps = this.bitmaps.map((b) => b.grown(this.capacity));
    this.scores = new Float64Array(this.capacity);
    const data = new Int32Array(this.capacity * VALUE_STRIDE);
    data.set(this.valueData);
    this.valueData = data;
    const count = new Uint16Array(this.capacity);
    count.set(this.valueCount);
    this.valueCount = count;
  }

  private termSet(term: string): Bitset {
    return this.addPostings(new Bitset(this.capacity), term);
  }

  private addPostings(set: Bitset, term: string): Bitset {
    const id = this.termIds.get(term);
    if (id === undefined) return set;
    const posting = this.postings[id];
    for (let i = 0; i < posting.length; i++) set.add(posting.slots[i]);
    return set;
  }

  private match(query: Query): Bitset {
    switch (query.kind) {
      case 'term':
        return this.termSet(query.term);
      case 'not':
        return this.present.clone().andNot(this.match(query.child));
      case 'or': {
        const set = new Bitset(this.capacity);
        for (const child of query.children) {
          if (child.kind === 'term') this.addPostings(set, child.term);
          else set.or(this.match(child));
        }
        return set;
      }
      case 'and':
      case 'phrase': // without positions, a phrase is its words together: callers check `matchable` first
        return query.children.slice(1).reduce((set, child) => set.and(this.match(child)), this.match(query.children[0]));
    }
  }

  private selection(filter: Filter): Bitset {
    const sets = filter.values.map((v) => this.bitmaps[this.valueIds.get(`${filter.facet}\u0000${v}`) ?? -1] ?? new Bitset(0));
    if (filter.all) return sets.reduce((acc, s) => acc.and(s), this.present.clone());
    return sets.reduce((acc, s) => acc.or(s), new Bitset(this.capacity));
  }

  private compare(order: Order, a: number, b: number): number {
    const x = this.slots[a]!;
    const y = this.slots[b]!;
    for (const { key, descending } of order) {
      const p = x.keys[key];
      const q = y.keys[key];
      if (p === q) continue;
      return (p < q ? -1 : 1) * (descending ? -1 : 1);
    }
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  }

  /** Where `slot` is, or goes, in the sorted list of an order (binary search). */
  private position(name: string, list: number[], slot: number): number {
    const order = this.orders[name];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compare(order, list[mid], slot) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Each slot's place in an order's sorted list (ties compared as numbers), computed again after a change. */
  private places(order: string): Int32Array {
    const kept = this.placesOf.get(order);
    if (kept && kept.version === this.version) return kept.places;
    const list = this.sorted.get(order);
    if (!list) throw new Error(`search-index: no order ${order}`);
    const places = kept && kept.places.length === this.capacity ? kept.places : new Int32Array(this.capacity);
    for (let i = 0; i < list.length; i++) places[list[i]] = i;
    this.placesOf.set(order, { version: this.version, places });
    return places;
  }

  /** The first `wanted` matches in an order: from its sorted list, or, when the matches are few (`total`), sorted themselves. */
  private inOrder(matches: Bitset, order: string, wanted: number, total: number): Array<{ slot: number; score: number }> {
    const list = this.sorted.get(order);
    if (!list) throw new Error(`search-index: no order ${order}`);
    const needed = Math.min(wanted, total);
    if (total * 32 < list.length) {
      const found: number[] = [];
      matches.forEach((slot) => found.push(slot));
      const place = this.places(order);
      return found
        .sort((a, b) => place[a] - place[b])
        .slice(0, needed)
        .map((slot) => ({ slot, score: 0 }));
    }
    const page: Array<{ slot: number; score: number }> = [];
    for (let i = 0; i < list.length && page.length < needed; i++) if (matches.has(list[i])) page.push({ slot: list[i], score: 0 });
    return page;
  }

  /** The best `wanted` matches by summed weight of the ranked terms, ties in the order `tieBreak`. */
  private ranked(matches: Bitset, query: Query, wanted: number, tieBreak: string, total: number): Array<{ slot: number; score: number }> {
    const scores = this.scores;
    const touched: number[] = [];
    for (const term of rankedTerms(query)) {
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      const posting = this.postings[id];
      for (let i = 0; i < posting.length; i++) {
        const slot = posting.slots[i];
        if (posting.weights[i] === 0 || !matches.has(slot)) continue;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] += posting.weights[i];
      }
    }
    const place = this.places(tieBreak);
    const better = (a: { slot: number; score: number }, b: { slot: number; score: number }) =>
      a.score !== b.score ? a.score > b.score : place[a.slot] < place[b.slot];
    // the scored ones first (best first), then unscored matches in the tie-break order
    const top: Array<{ slot: number; score: number }> = [];
    for (const slot of touched) {
      const hit = { slot, score: scores[slot] };
      scores[slot] = 0;
      if (top.length === wanted && !better(hit, top[top.length - 1])) continue;
      let at = top.length;
      while (at > 0 && better(hit, top[at - 1])) at--;
      top.splice(at, 0, hit);
      if (top.length > wanted) top.pop();
    }
    if (top.length < wanted) {
      const scored = new Set(touched);
      for (const hit of this.inOrder(matches, tieBreak, wanted + scored.size, total)) {
        if (top.length >= wanted) break;
        if (!scored.has(hit.slot)) top.push(hit);
      }
    }
    return top;
  }

  /** Each facet's values among the matches, most frequent first: per match when few, by bitmap intersection when many. */
  private count(
    matches: Bitset,
    total: number,
    facets: readonly string[],
    decorate?: IndexSearch['decorate'],
  ): Record<string, Array<{ value: string; count: number }>> {
    const out: Record<string, Array<{ value: string; count: number }>> = Object.fromEntries(facets.map((f) => [f, []]));
    if (facets.length === 0 || total === 0) return out;
    const wanted = this.wantedValues(facets);
    if (this.tally.length < this.valueNames.length) this.tally = new Int32Array(this.valueNames.length * 2);
    const counts = this.tally;
    const words = matches.words;
    if (total * 8 < wanted.length * words.length) {
      const { valueData, valueCount } = this;
      for (let i = 0; i < words.length; i++) {
        let w = words[i] | 0;
        while (w !== 0) {
          const low = w & -w;
          const slot = (i << 5) + 31 - Math.clz32(low);
          const n = valueCount[slot];
          if (n === OVERFLOWED) for (const v of this.slots[slot]!.values) counts[v]++;
          else for (let j = slot * VALUE_STRIDE, end = j + n; j < end; j++) counts[valueData[j]]++;
          w ^= low;
        }
      }
    } else for (const v of wanted) counts[v] = matches.countAnd(this.bitmaps[v]);
    const found: number[] = [];
    for (const v of wanted) if (counts[v] > 0) found.push(v);
    // ties A to Z by the values' collation, ranked once per new value rather than compared per sort
    const rank = this.valueRanks();
    found.sort((a, b) => counts[b] - counts[a] || rank[a] - rank[b]);
    for (const v of found) {
      const { facet, value } = this.valueNames[v];
      out[facet].push(decorate ? { ...decorate(facet, value), value, count: counts[v] } : { value, count: counts[v] });
    }
    counts.fill(0);
    return out;
  }

  /** The ids of the values of these facets (kept per list of facets until a value is added). */
  private wantedValues(facets: readonly string[]): Int32Array {
    const key = facets.join('\u0000');
    const kept = this.wanted.get(key);
    if (kept && kept.known === this.valueNames.length) return kept.ids;
    const of = new Set(facets);
    const ids = Int32Array.from(this.valueNames.flatMap((v, id) => (of.has(v.facet) ? [id] : [])));
    this.wanted.set(key, { known: this.valueNames.length, ids });
    return ids;
  }

  /** Each value id's place among all values A to Z (localeCompare), computed again when values were added. */
  private valueRanks(): Int32Array {
    if (this.ranks.length !== this.valueNames.length) {
      const ids = this.valueNames.map((_, id) => id).sort((a, b) => this.valueNames[a].value.localeCompare(this.valueNames[b].value));
      this.ranks = new Int32Array(ids.length);
      ids.forEach((id, place) => (this.ranks[id] = place));
    }
    return this.ranks;
  }
}
