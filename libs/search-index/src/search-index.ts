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
  offset: number;
  limit: number;
}

export interface IndexAnswer<P> {
  total: number;
  hits: Array<{ id: string; score: number; payload: P }>;
  facets: Record<string, Array<{ value: string; count: number }>>;
}

/** How many sets of counts are kept (per index version). */
const COUNTS_KEPT = 5_000;

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
      request.order === 'relevance' && request.query
        ? this.ranked(matches, request.query, wanted, request.tieBreak ?? Object.keys(this.orders)[0])
        : this.inOrder(matches, request.order === 'relevance' ? (request.tieBreak ?? Object.keys(this.orders)[0]) : request.order, wanted);
    const hits = page.slice(request.offset).map(({ slot, score }) => ({ id: this.slots[slot]!.id, score, payload: this.slots[slot]!.payload }));
    return { total, hits, facets: this.countsOf(request, matches, total) };
  }

  private countsOf(request: IndexSearch, matches: Bitset, total: number): IndexAnswer<P>['facets'] {
    if (request.countsKey === undefined) return this.count(matches, total, request.facets ?? []);
    if (this.countsVersion !== this.version) {
      this.counts.clear();
      this.countsVersion = this.version;
    }
    const key = `${(request.facets ?? []).join()}|${request.countsKey}`;
    let counted = this.counts.get(key);
    if (!counted) {
      counted = this.count(matches, total, request.facets ?? []);
      this.counts.set(key, counted);
      if (this.counts.size > COUNTS_KEPT) this.counts.delete(this.counts.keys().next().value!);
    }
    // each answer its own lists: a caller may decorate them
    return Object.fromEntries(Object.entries(counted).map(([facet, list]) => [facet, list.map((c) => ({ ...c }))]));
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

  private inOrder(matches: Bitset, order: string, wanted: number): Array<{ slot: number; score: number }> {
    const list = this.sorted.get(order);
    if (!list) throw new Error(`search-index: no order ${order}`);
    const page: Array<{ slot: number; score: number }> = [];
    for (let i = 0; i < list.length && page.length < wanted; i++) if (matches.has(list[i])) page.push({ slot: list[i], score: 0 });
    return page;
  }

  /** The best `wanted` matches by summed weight of the ranked terms, ties in the order `tieBreak`. */
  private ranked(matches: Bitset, query: Query, wanted: number, tieBreak: string): Array<{ slot: number; score: number }> {
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
    const order = this.orders[tieBreak];
    const better = (a: { slot: number; score: number }, b: { slot: number; score: number }) =>
      a.score !== b.score ? a.score > b.score : this.compare(order, a.slot, b.slot) < 0;
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
      for (const hit of this.inOrder(matches, tieBreak, wanted + scored.size)) {
        if (top.length >= wanted) break;
        if (!scored.has(hit.slot)) top.push(hit);
      }
    }
    return top;
  }

  /** Each facet's values among the matches, most frequent first: per match when few, by bitmap intersection when many. */
  private count(matches: Bitset, total: number, facets: readonly string[]): Record<string, Array<{ value: string; count: number }>> {
    const out: Record<string, Array<{ value: string; count: number }>> = Object.fromEntries(facets.map((f) => [f, []]));
    if (facets.length === 0 || total === 0) return out;
    const wanted = new Set(facets);
    const counts = new Int32Array(this.valueNames.length);
    const words = matches.words.length;
    const candidates = this.valueNames.filter((v) => wanted.has(v.facet)).length;
    if (total * 8 < candidates * words) {
      const bits = matches.words;
      for (let i = 0; i < bits.length; i++) {
        let w = bits[i];
        while (w !== 0) {
          const low = w & -w;
          const values = this.slots[(i << 5) + 31 - Math.clz32(low)]!.values;
          for (let j = 0; j < values.length; j++) counts[values[j]]++;
          w ^= low;
        }
      }
    } else {
      for (let v = 0; v < this.valueNames.length; v++) if (wanted.has(this.valueNames[v].facet)) counts[v] = matches.countAnd(this.bitmaps[v]);
    }
    for (let v = 0; v < counts.length; v++) {
      const name = this.valueNames[v];
      if (counts[v] > 0 && wanted.has(name.facet)) out[name.facet].push({ value: name.value, count: counts[v] });
    }
    for (const list of Object.values(out)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return out;
  }
}
