import { EventEmitter } from 'node:events';
import type { Client, Pool, PoolClient } from 'pg';
import { ConcurrencyError, DuplicateEventIdError } from '../errors';
import type { EventStore } from '../event-store';
import type { AppendOptions, AppendResult, ExpectedRevision, GlobalPosition, NewEvent } from '../types';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent, StreamAppend } from '../types';
import { ANY, NO_STREAM, START, STREAM_EXISTS } from '../types';
import { Upcasters } from '../upcasting';
import type { PreparedEvent } from '../validation';
import { prepareAppend, prepareAppends, validateRevision, validateStreamName } from '../validation';
import { SettledTail, TAIL_READ, jsonAsText } from './settled-tail';
import { ensureEventStoreSchema } from './schema';
import { CURRENT_REVISION, READ_ALL, READ_STREAM, appendStatement, decodeRow, isUniqueViolation } from './sql';

export const NOTIFY_CHANNEL = 'pfp_events';

type Queryable = Pick<Pool | PoolClient | Client, 'query'>;

export interface PostgresEventStoreOptions {
  upcasters?: Upcasters;
  /** Creates the tables when missing (default true). */
  ensureSchema?: boolean;
  /** Least time between two NOTIFYs to other processes (default 5 ms): an append within it is announced at its end, so it delays other processes' readers by up to this. */
  notifyIntervalMs?: number;
}

type AppendRow = { position: string; revision: string | number };
type Plan = ReturnType<typeof prepareAppends>;

/** Bounds the retries of an append that keeps losing races for its stream's next revision (each loss is another writer's success). */
const MAX_ATTEMPTS = 1000;

function takesNextRevision(expected: ExpectedRevision): boolean {
  return expected === ANY || expected === STREAM_EXISTS;
}

export class PostgresEventStore implements EventStore {
  readonly supportsMultiStreamAppend = true;
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly upcasters: Upcasters;
  private listenClient: PoolClient | null = null;
  private listening: Promise<void> | null = null;
  private notifyTimer: NodeJS.Timeout | null = null;
  private notifyAgain = false;
  private readonly notifyIntervalMs: number;
  private closed = false;
  /** Highest position known settled: nothing at or below it can still commit (so it only grows). */
  private settled = 0n;
  private nextWatermark: Promise<{ settled: bigint; last: bigint }> | null = null;
  /** What is new in the log, read once for all of this process's readers that are caught up. */
  private readonly tail: SettledTail;

  private constructor(
    private readonly pool: Pool,
    options: PostgresEventStoreOptions,
  ) {
    this.upcasters = options.upcasters ?? new Upcasters();
    this.notifyIntervalMs = options.notifyIntervalMs ?? 5;
    this.tail = new SettledTail(pool);
  }

  static async create(pool: Pool, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    if (options.ensureSchema !== false) await ensureEventStoreSchema(pool);
    return new PostgresEventStore(pool, options);
  }

  appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    return this.appendWith(this.pool, streamName, events, options);
  }

  /**
   * Appends on a connection the caller controls, e.g. inside its own transaction; the event
   * becomes visible to readers when that transaction commits.
   */
  async appendWith(db: Queryable, streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? ANY;
    const prepared = prepareAppend(streamName, events, expected, options.context);
    for (let attempt = 1; ; attempt++) {
      let rows: AppendRow[];
      try {
        rows = await this.insert(db, streamName, expected, prepared);
      } catch (error) {
        // a failed statement may have aborted the caller's transaction: look at what is stored through the pool
        if (isUniqueViolation(error, 'es_events_event_id')) return this.idempotentResult(this.pool, streamName, prepared);
        if (!isUniqueViolation(error, 'es_events_stream_revision')) throw error;
        // ANY and STREAM_EXISTS name no revision: a writer that went first is no conflict, go again after it
        if (db === this.pool && takesNextRevision(expected) && attempt < MAX_ATTEMPTS) continue;
        return this.refuse(this.pool, streamName, expected, prepared);
      }
      if (rows.length === 0) return this.refuse(db, streamName, expected, prepared);
      if (db === this.pool) this.announce();
      return toResult(rows);
    }
  }

  /**
   * One transaction, one statement per stream in the order given. On any refusal it rolls
   * back first and then looks at what is stored: a retry of an append that did commit gets
   * the original results, a stale revision a ConcurrencyError naming its stream.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const plan = prepareAppends(appends);
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.appendPlan(plan);
      if (outcome.failed === null) {
        this.announce();
        return outcome.results;
      }
      // a stream of ANY or STREAM_EXISTS lost a race on its next revision: not a conflict, the whole transaction goes again
      const raced = takesNextRevision(outcome.failed.expected) && isUniqueViolation(outcome.failure, 'es_events_stream_revision');
      if (raced && attempt < MAX_ATTEMPTS) continue;
      return this.refusePlan(plan, outcome.failed, outcome.failure);
    }
  }

  private async appendPlan(plan: Plan): Promise<{ results: AppendResult[]; failed: Plan[number] | null; failure: unknown }> {
    const client = await this.pool.connect();
    const results: AppendResult[] = [];
    let failed: Plan[number] | null = null;
    let failure: unknown = null;
    try {
      await client.query('BEGIN');
      for (const step of plan) {
        try {
          const rows = await this.insert(client, step.streamName, step.expected, step.prepared);
          if (rows.length === 0) failed = step;
          else results.push(toResult(rows));
        } catch (error) {
          if (!isUniqueViolation(error, 'es_events_event_id') && !isUniqueViolation(error, 'es_events_stream_revision')) throw error;
          failed = step;
          failure = error;
        }
        if (failed) break;
      }
      await client.query(failed ? 'ROLLBACK' : 'COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return { results, failed, failure };
  }

  /** After the rollback: a retry of an append that did commit gets the original results, else the refusal. */
  private async refusePlan(plan: Plan, failed: Plan[number], failure: unknown): Promise<AppendResult[]> {
    const stored = await this.storedResults(plan);
    if (stored) return stored;
    if (isUniqueViolation(failure, 'es_events_event_id')) {
      const { rows } = await this.pool.query(`SELECT event_id FROM es_events WHERE event_id = ANY($1::uuid[])`, [
        plan.flatMap((p) => p.prepared.map((e) => e.id)),
      ]);
      throw new DuplicateEventIdError(rows.map((r) => r.event_id));
    }
    throw new ConcurrencyError(failed.streamName, failed.expected, await this.currentRevision(this.pool, failed.streamName));
  }

  private async currentRevision(db: Queryable, streamName: string): Promise<number | typeof NO_STREAM> {
    const { rows } = await db.query({ name: 'es_current_revision', text: CURRENT_REVISION, values: [streamName] });
    return rows[0].revision === null ? NO_STREAM : Number(rows[0].revision);
  }

  private async insert(db: Queryable, streamName: string, expected: ExpectedRevision, prepared: PreparedEvent[]): Promise<AppendRow[]> {
    const one = prepared.length === 1 ? prepared[0] : null;
    const values: unknown[] = one
      ? [streamName, one.id, one.type, one.schemaVersion, one.data, one.context]
      : [
          streamName,
          prepared.map((e) => e.id),
          prepared.map((e) => e.type),
          prepared.map((e) => e.schemaVersion),
          prepared.map((e) => e.data),
          prepared[0].context, // one for the whole append (prepareAppend)
        ];
    if (typeof expected === 'number') values.push(expected);
    const { rows } = await db.query({ ...appendStatement(expected, prepared.length), values });
    return rows;
  }

  /** Each stream's original result when every event of the plan is stored, each stream's as one append; else null. */
  private async storedResults(plan: { streamName: string; prepared: PreparedEvent[] }[]): Promise<AppendResult[] | null> {
    const ids = plan.flatMap((p) => p.prepared.map((e) => e.id));
    const { rows } = await this.pool.query(`SELECT event_id::text, stream_name, revision, position::text FROM es_events WHERE event_id = ANY($1::uuid[])`, [
      ids,
    ]);
    if (rows.length !== ids.length) return null;
    const byId = new Map(rows.map((r) => [r.event_id as string, r]));
    const results: AppendResult[] = [];
    for (const p of plan) {
      const mine = p.prepared.map((e) => byId.get(e.id)!);
      if (!mine.every((r, i) => r.stream_name === p.streamName && Number(r.revision) === Number(mine[0].revision) + i)) return null;
      results.push(toResult(mine));
    }
    return results;
  }

  /**
   * Tells listeners here at once, and other processes through NOTIFY, outside the append's
   * transaction: NOTIFY inside it would serialise all committers on one lock, and each NOTIFY
   * costs a commit of its own, so they go out at most once per `notifyIntervalMs`.
   */
  announce(): void {
    this.emitter.emit('appended');
    if (this.notifyTimer || this.closed) {
      this.notifyAgain = true;
      return;
    }
    this.pool.query(`SELECT pg_notify('${NOTIFY_CHANNEL}', '')`).catch(() => undefined);
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      if (this.notifyAgain) {
        this.notifyAgain = false;
        this.announce();
      }
    }, this.notifyIntervalMs);
    this.notifyTimer.unref();
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    validateStreamName(streamName);
    validateRevision(options.fromRevision, 'fromRevision');
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const { rows } = await this.pool.query<unknown[]>({
      name: backwards ? 'es_read_stream_backwards' : 'es_read_stream',
      rowMode: 'array',
      text: backwards ? READ_STREAM.backwards : READ_STREAM.forwards,
      values: [streamName, from, options.maxCount ?? null],
    });
    return rows.map((row) => decodeRow(row, this.upcasters));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return (await this.readAllPage(options)).events;
  }

  /**
   * Like readAll, and says how far the log was examined: with `types`, events of other types
   * in between are passed over, and a consumer may checkpoint at `end` though it got none.
   */
  async readAllPage(options: ReadAllOptions = {}): Promise<{ events: RecordedEvent[]; end: GlobalPosition; heldBack?: boolean }> {
    const after = positionOf(options.after ?? START);
    const maxCount = options.maxCount ?? 1000;
    // the cached bound serves whole pages of a catch-up; a short page asks for a fresh one
    let upTo = this.settled;
    // the last committed position, as of the latest watermark read here (null: none read)
    let last: bigint | null = null;
    if (upTo <= after) ({ settled: upTo, last } = await this.watermarkAndHead());
    const rows = await this.readSettled(after, upTo, maxCount, options.types);
    if (rows.length < maxCount && last === null) {
      const fresh = await this.watermarkAndHead();
      last = fresh.last;
      if (fresh.settled > upTo) {
        rows.push(...(await this.readSettled(upTo, fresh.settled, maxCount - rows.length, options.types)));
        upTo = fresh.settled;
      }
    }
    const events = rows.map((row) => decodeRow(row, this.upcasters));
    // a short page examined everything up to its bound
    const full = events.length === maxCount;
    const end = full ? events[events.length - 1].position.prepare : bigMax(after, upTo);
    return { events, end: { commit: end, prepare: end }, ...(full || last === null ? {} : { heldBack: last > end }) };
  }

  /** Rows of (after, upTo] (`upTo` a watermark already read): from the shared tail when it reaches back to `after`, else from the table. */
  private async readSettled(after: bigint, upTo: bigint, maxCount: number, types: readonly string[] | undefined): Promise<unknown[][]> {
    const shared = await this.tail.read(after, upTo, maxCount, types);
    if (shared) return shared;
    const filtered = types !== undefined;
    const { rows } = await this.pool.query<unknown[]>({
      name: filtered ? 'es_read_all_types' : 'es_read_all',
      rowMode: 'array',
      text: filtered ? READ_ALL.types : READ_ALL.all,
      values: filtered ? [after.toString(), upTo.toString(), maxCount, types] : [after.toString(), upTo.toString(), maxCount],
    });
    return rows;
  }

  /** Must run before the read it bounds: that read's snapshot then sees every append below it that committed. */
  private async refreshWatermark(): Promise<bigint> {
    return (await this.watermarkAndHead()).settled;
  }

  /**
   * The watermark, then the last committed position. Every reader that asks before the query
   * is sent shares it (an append's announcement wakes all of a process's consumers at once:
   * one query, not one each); each asked before it went out, so it sees what they saw committed.
   * When consumers read from the shared tail, the same call brings what is new for it.
   */
  private watermarkAndHead(): Promise<{ settled: bigint; last: bigint }> {
    this.nextWatermark ??= new Promise((resolve, reject) => {
      setImmediate(() => {
        this.nextWatermark = null;
        const tailFrom = this.tail.takeWanted();
        this.pool
          .query<unknown[]>({
            name: 'es_read_settled',
            rowMode: 'array',
            text: `SELECT * FROM es_read_settled($1, $2)`,
            values: [tailFrom === null ? null : tailFrom.toString(), TAIL_READ],
            types: jsonAsText,
          })
          .then(({ rows }) => {
            const [header, ...events] = rows;
            const w = BigInt(header[9] as string);
            if (w > this.settled) this.settled = w;
            this.tail.begin(this.settled);
            if (tailFrom !== null) this.tail.add(tailFrom, w, events);
            resolve({ settled: this.settled, last: header[10] === null ? 0n : BigInt(header[10] as string) });
          }, reject);
      });
    });
    return this.nextWatermark;
  }

  async headPosition(): Promise<GlobalPosition> {
    const settled = await this.refreshWatermark();
    const { rows } = await this.pool.query({
      name: 'es_head',
      text: `SELECT position::text FROM es_events WHERE position <= $1 ORDER BY es_events.position DESC LIMIT 1`,
      values: [settled.toString()],
    });
    if (rows.length === 0) return START;
    const p = BigInt(rows[0].position);
    return { commit: p, prepare: p };
  }

  /**
   * One statement: the watermark, then whether a committed event lies beyond it. The snapshot
   * comes first, so an event that commits in between is missed here; its append announces
   * itself after its commit, which wakes the reader anyway.
   */
  async hasHeldBackEvents(after: GlobalPosition): Promise<boolean> {
    const from = positionOf(after);
    const { settled, last } = await this.watermarkAndHead();
    return last > bigMax(from, settled);
  }

  onAppended(listener: () => void): () => void {
    this.emitter.on('appended', listener);
    this.listening ??= this.listen();
    return () => this.emitter.off('appended', listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.emitter.removeAllListeners();
    const client = this.listenClient;
    this.listenClient = null;
    if (client) {
      await client.query(`UNLISTEN ${NOTIFY_CHANNEL}`).catch(() => undefined);
      client.release();
    }
  }

  /** LISTEN for other processes' appends; subscribers poll as well, so a lost connection only slows them. */
  private async listen(): Promise<void> {
    try {
      const client = await this.pool.connect();
      if (this.closed) {
        client.release();
        return;
      }
      this.listenClient = client;
      client.on('notification', () => this.emitter.emit('appended'));
      client.on('error', () => {
        if (this.listenClient === client) {
          this.listenClient = null;
          this.listening = null;
          client.release(true);
        }
      });
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch {
      this.listening = null;
    }
  }

  private async idempotentResult(db: Queryable, streamName: string, prepared: PreparedEvent[]): Promise<AppendResult> {
    const { rows } = await db.query(
      `SELECT event_id, stream_name, revision, position::text FROM es_events WHERE event_id = ANY($1::uuid[]) ORDER BY revision`,
      [prepared.map((e) => e.id)],
    );
    const sameAppend =
      rows.length === prepared.length && rows.every((r, i) => r.stream_name === streamName && Number(r.revision) === Number(rows[0].revision) + i);
    if (!sameAppend) throw new DuplicateEventIdError(rows.map((r) => r.event_id));
    return toResult(rows);
  }

  /** The revision check failed: a retry of an append that did succeed is not a conflict. */
  private async refuse(db: Queryable, streamName: string, expected: ExpectedRevision, prepared: PreparedEvent[]): Promise<AppendResult> {
    const { rows: stored } = await db.query(`SELECT count(*)::int AS n FROM es_events WHERE event_id = ANY($1::uuid[])`, [prepared.map((e) => e.id)]);
    if (stored[0].n > 0) return this.idempotentResult(db, streamName, prepared);
    throw new ConcurrencyError(streamName, expected, await this.currentRevision(db, streamName));
  }
}

function toResult(rows: AppendRow[]): AppendResult {
  const last = rows.reduce((a, b) => (BigInt(a.position) > BigInt(b.position) ? a : b));
  const p = BigInt(last.position);
  return { nextExpectedRevision: Number(last.revision), position: { commit: p, prepare: p } };
}

/** Positions here are one sequence number, kept in both halves. */
function positionOf(p: GlobalPosition): bigint {
  if (p.commit !== p.prepare) {
    throw new Error(
      `Position ${p.commit}/${p.prepare} is from the event store's former transaction-id order; ` +
        'checkpoints in es_checkpoints are converted when the store starts, a position kept elsewhere must be reset.',
    );
  }
  return p.prepare;
}

function bigMax(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
