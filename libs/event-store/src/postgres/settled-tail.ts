import type { Pool, QueryResultRow } from 'pg';
import { types as pgTypes } from 'pg';
import { READ_ALL } from './sql';

/** Rows kept at most (the oldest go first); a consumer further behind reads the table itself. */
export const TAIL_ROWS = 5000;
/** Rows one extension reads at most (a longer gap is read on by the next one, or by the table). */
export const TAIL_READ = 2000;

const JSON_OID = 114;
/** The tail keeps `data` and `metadata` as text: each reader parses its own objects, so none shares them with another. */
export const jsonAsText = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === JSON_OID ? (value: string) => value : pgTypes.getTypeParser(oid, format)),
};

interface TailRow {
  position: bigint;
  type: string;
  row: unknown[];
}

/**
 * The latest settled part of the log, read once for every reader of this process. An append
 * wakes all consumers at once, each at about the same position: instead of one query each
 * (about as many as there are projections), the first to ask reads what is new, of every
 * type, and the others take their events (their types) from memory. It holds every event of
 * (from, to], where `to` never passes a watermark read before the query that brought it
 * (so nothing below `to` can still commit); gaps are rolled-back positions.
 */
export class SettledTail {
  private from: bigint | null = null;
  private to = 0n;
  private rows: TailRow[] = [];
  private extending: Promise<void> | null = null;
  /** A reader asked since the last extension: the next watermark query brings what is new with it. */
  private wanted = false;

  constructor(private readonly pool: Pool) {}

  /** Starts the tail at a watermark (the first one this process reads): it covers readers from there on. */
  begin(watermark: bigint): void {
    if (this.from !== null) return;
    this.from = watermark;
    this.to = watermark;
  }

  /**
   * Raw rows (as READ_ALL's, JSON parsed for this caller) of positions in (after, upTo] of
   * `types` (all when absent), at most `maxCount`; null when `after` lies before the tail
   * (the caller reads the table). When fewer than `maxCount`, all of (after, upTo] was examined.
   * `upTo` must be a watermark already read.
   */
  async read(after: bigint, upTo: bigint, maxCount: number, types: readonly string[] | undefined): Promise<unknown[][] | null> {
    if (this.from === null || after < this.from) return null;
    // readers went past a tail nobody kept up (a catch-up ran ahead of it): start again where they are
    if (this.extending === null && after > this.to) this.restart(after);
    if (this.to < upTo) {
      // a reader far behind the head reads the table: the tail holds only the newest events
      if (this.extending === null && upTo - this.to > BigInt(TAIL_READ)) return null;
      this.extending ??= this.extend(upTo).finally(() => {
        this.extending = null;
      });
      await this.extending;
      // the read failed, or was for less: let the table answer; trimmed meanwhile: the same
      if (this.to < upTo || after < this.from!) return null;
    }
    this.wanted = true;
    const kinds = types ? new Set(types) : null;
    const out: unknown[][] = [];
    // rows are in position order: find the first after `after` by bisection
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rows[mid].position <= after) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.rows.length && out.length < maxCount; i++) {
      const r = this.rows[i];
      if (r.position > upTo) break;
      if (kinds && !kinds.has(r.type)) continue;
      const row = [...r.row];
      row[6] = JSON.parse(row[6] as string);
      row[7] = JSON.parse(row[7] as string);
      out.push(row);
    }
    return out;
  }

  /**
   * Where the next watermark query should read events from (the tail's end), or null when no
   * reader has asked since the last one (the query then brings no events). Asking clears it.
   */
  takeWanted(): bigint | null {
    if (!this.wanted || this.from === null) return null;
    this.wanted = false;
    return this.to;
  }

  /** Events a watermark query brought: all of (after, upTo] in order (or its first TAIL_READ), read after `upTo` was. */
  add(after: bigint, upTo: bigint, rows: unknown[][]): void {
    if (this.from === null || after > this.to) return; // would leave a gap
    const complete = rows.length < TAIL_READ;
    const reach = complete ? upTo : BigInt(rows[rows.length - 1][0] as string);
    if (reach <= this.to) return;
    this.append(rows.filter((row) => BigInt(row[0] as string) > this.to));
    this.to = reach;
  }

  private restart(at: bigint): void {
    this.rows = [];
    this.from = at;
    this.to = at;
  }

  private append(rows: unknown[][]): void {
    for (const row of rows) this.rows.push({ position: BigInt(row[0] as string), type: row[4] as string, row });
    if (this.rows.length > TAIL_ROWS) {
      const dropped = this.rows.splice(0, this.rows.length - TAIL_ROWS);
      this.from = dropped[dropped.length - 1].position;
    }
  }

  private async extend(upTo: bigint): Promise<void> {
    const after = this.to;
    let rows: unknown[][];
    try {
      ({ rows } = await this.pool.query<QueryResultRow & unknown[]>({
        name: 'es_read_tail',
        rowMode: 'array',
        text: READ_ALL.all,
        values: [after.toString(), upTo.toString(), TAIL_READ],
        types: jsonAsText,
      }));
    } catch {
      return; // the readers go to the table, which reports the failure
    }
    this.add(after, upTo, rows);
  }
}
