/** A fixed-capacity set of small integers (document slots), 32 to a word. */
export class Bitset {
  readonly words: Uint32Array;

  constructor(capacity: number) {
    this.words = new Uint32Array((capacity + 31) >>> 5);
  }

  get capacity(): number {
    return this.words.length << 5;
  }

  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  add(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }

  delete(i: number): void {
    this.words[i >>> 5] &= ~(1 << (i & 31));
  }

  /** A copy at `capacity` (at least this one's). */
  grown(capacity: number): Bitset {
    const next = new Bitset(Math.max(capacity, this.capacity));
    next.words.set(this.words);
    return next;
  }

  clone(): Bitset {
    return this.grown(this.capacity);
  }

  /** In place: the members also in `other` (a shorter one counts as empty beyond its end). */
  and(other: Bitset): this {
    const n = Math.min(this.words.length, other.words.length);
    for (let i = 0; i < n; i++) this.words[i] &= other.words[i];
    this.words.fill(0, n);
    return this;
  }

  or(other: Bitset): this {
    const n = Math.min(this.words.length, other.words.length);
    for (let i = 0; i < n; i++) this.words[i] |= other.words[i];
    return this;
  }

  andNot(other: Bitset): this {
    const n = Math.min(this.words.length, other.words.length);
    for (let i = 0; i < n; i++) this.words[i] &= ~other.words[i];
    return this;
  }

  count(): number {
    let total = 0;
    for (let i = 0; i < this.words.length; i++) total += popcount(this.words[i]);
    return total;
  }

  /** How many members this set and `other` share, without building the intersection. */
  countAnd(other: Bitset): number {
    const n = Math.min(this.words.length, other.words.length);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = this.words[i] & other.words[i];
      if (w !== 0) total += popcount(w);
    }
    return total;
  }

  /** Calls `visit` for each member, in increasing order. */
  forEach(visit: (i: number) => void): void {
    for (let i = 0; i < this.words.length; i++) {
      let w = this.words[i];
      while (w !== 0) {
        const low = w & -w;
        visit((i << 5) + 31 - Math.clz32(low));
        w ^= low;
      }
    }
  }
}

function popcount(w: number): number {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
