import { createHmac, randomBytes } from 'node:crypto';

/** How many (reader, item) pairs a process remembers in a day; past it, further views that day are not counted. */
export const DAILY_READERS_LIMIT = 200_000;

/**
 * Who has already been counted today, without knowing who they are: a keyed hash of the item,
 * the client's address and its user agent, under a random key drawn each day in this process's
 * memory. Neither the key nor the hashes are ever written anywhere; at the next day both are
 * dropped, so yesterday's hashes cannot be recomputed or linked to today's. Each API process has
 * its own set: a reader whose requests reach two processes may be counted twice that day.
 */
export class DailyReaders {
  private day = '';
  private key = randomBytes(32);
  private readonly seen = new Set<string>();

  constructor(readonly limit = DAILY_READERS_LIMIT) {}

  /** `first` the first time this reader asks for this item on this day (and the set has room): the view counts. */
  firstToday(day: string, subjectId: string, address: string, userAgent: string): 'first' | 'seen' | 'full' {
    if (day !== this.day) {
      this.day = day;
      this.key = randomBytes(32);
      this.seen.clear();
    }
    const hash = createHmac('sha256', this.key).update(`${subjectId}\n${address}\n${userAgent}`).digest('base64url');
    if (this.seen.has(hash)) return 'seen';
    if (this.seen.size >= this.limit) return 'full';
    this.seen.add(hash);
    return 'first';
  }

  get size(): number {
    return this.seen.size;
  }
}
