import { EventEmitter } from 'node:events';
import type { Client, Pool, PoolClient } from 'pg';
import { ConcurrencyError, DuplicateEventIdError } from '../errors';
import type { EventStore } from '../event-store';
import type {
  AppendOptions,
  AppendResult,
  ExpectedRevision,
  GlobalPosition,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StreamAppend,
} from '../types';
import { ANY, NO_STREAM, START } from '../types';
import { Upcasters } from '../upcasting';
import type { PreparedEvent } from '../validation';
import { prepareAppend, prepareAppends, validateRevision, validateStreamName } from '../validation';
import { ensureEventStoreSchema } from './schema';

export const NOTIFY_CHANNEL = 'pfp_events';

type Queryable = Pick<Pool | PoolClient | Client, 'query'>;

export interface PostgresEventStoreOptions {
  upcasters?: Upcasters;
  /** Creates the tables when missing (default true). */
  ensureSchema?: boolean;
  /** Least time between two NOTIFYs to other processes (default 20 ms). */
  notifyIntervalMs?: number;
}

// Read as arrays, with the time as epoch milliseconds: decoding rows is most of the cost of a catch-up.
const COLUMNS = `position::text, transaction_id::text, stream_name, revision, event_id::text, event_type, schema_version, data, metadata, (extract(epoch from recorded_at) * 1000)::float8`;

/**
 * The stream row carries the revision check; the unique (stream, revision) and event-id
 * constraints are the backstop. Each append is one statement, so one round trip.
 */
const STREAM_STEP: Record<'ANY' | 'NO_STREAM' | 'STREAM_EXISTS' | 'EXACT', string> = {
  ANY: `INSERT INTO es_streams AS s (stream_name, revision) VALUES ($1, $2::bigint - 1)
        ON CONFLICT (stream_name) DO UPDATE SET revision = s.revision + $2::bigint RETURNING s.revision`,
  NO_STREAM: `INSERT INTO es_streams (stream_name, revision) VALUES ($1, $2::bigint - 1)
        ON CONFLICT (stream_name) DO NOTHING RETURNING revision`,
  STREAM_EXISTS: `UPDATE es_streams SET revision = revision + $2::bigint WHERE stream_name = $1 RETURNING revision`,
  EXACT: `UPDATE es_streams SET revision = revision + $2::bigint WHERE stream_name = $1 AND revision = $8::bigint RETURNING revision`,
};

type AppendRow = { position: string; commit: string; revision: string };

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

  private constructor(
    private readonly pool: Pool,
    options: PostgresEventStoreOptions,
  ) {
    this.upcasters = options.upcasters ?? new Upcasters();
    this.notifyIntervalMs = options.notifyIntervalMs ?? 20;
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
    let rows: AppendRow[];
    try {
      rows = await this.insert(db, streamName, expected, prepared);
    } catch (error) {
      if (isUniqueViolation(error, 'es_events_event_id')) return this.idempotentResult(db, streamName, prepared);
      if (isUniqueViolation(error, 'es_events_stream_revision')) return this.refuse(db, streamName, expected, prepared);
      throw error;
    }
    if (rows.length === 0) return this.refuse(db, streamName, expected, prepared);
    if (db === this.pool) this.announce();
    return toResult(rows);
  }

  /**
   * One transaction, one statement per stream in the order given. On any refusal it rolls
   * back first and then looks at what is stored: a retry of an append that did commit gets
   * the original results, a stale revision a ConcurrencyError naming its stream.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const plan = prepareAppends(appends);
    const client = await this.pool.connect();
    const results: AppendResult[] = [];
    let failed: (typeof plan)[number] | null = null;
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
    if (!failed) {
      this.announce();
      return results;
    }
    const stored = await this.storedResults(plan);
    if (stored) return stored;
    if (isUniqueViolation(failure, 'es_events_event_id')) {
      const { rows } = await this.pool.query(`SELECT event_id FROM es_events WHERE event_id = ANY($1::uuid[])`, [plan.flatMap((p) => p.prepared.map((e) => e.id))]);
      throw new DuplicateEventIdError(rows.map((r) => r.event_id));
    }
    const { rows } = await this.pool.query(`SELECT revision FROM es_streams WHERE stream_name = $1`, [failed.streamName]);
    throw new ConcurrencyError(failed.streamName, failed.expected, rows.length === 0 ? NO_STREAM : Number(rows[0].revision));
  }

  private async insert(db: Queryable, streamName: string, expected: ExpectedRevision, prepared: PreparedEvent[]): Promise<AppendRow[]> {
    const step = typeof expected === 'number' ? STREAM_STEP.EXACT : STREAM_STEP[expected];
    const params: unknown[] = [
      streamName,
      prepared.length,
      prepared.map((e) => e.id),
      prepared.map((e) => e.type),
      prepared.map((e) => e.schemaVersion),
      prepared.map((e) => e.data),
      prepared.map((e) => e.metadata),
    ];
    if (typeof expected === 'number') params.push(expected);
    const { rows } = await db.query(
      `WITH s AS (${step})
       INSERT INTO es_events (stream_name, revision, event_id, event_type, schema_version, data, metadata)
       SELECT $1, s.revision - $2::bigint + e.ord, e.id, e.type, e.version, e.data::json, e.metadata::json
       FROM s, unnest($3::uuid[], $4::text[], $5::int[], $6::text[], $7::text[])
            WITH ORDINALITY AS e(id, type, version, data, metadata, ord)
       ORDER BY e.ord
       RETURNING position, transaction_id::text AS commit, revision`,
      params,
    );
    return rows;
  }

  /** Each stream's original result when every event of the plan is stored, each stream's as one append; else null. */
  private async storedResults(plan: { streamName: string; prepared: PreparedEvent[] }[]): Promise<AppendResult[] | null> {
    const ids = plan.flatMap((p) => p.prepared.map((e) => e.id));
    const { rows } = await this.pool.query(
      `SELECT event_id::text, stream_name, revision, position, transaction_id::text AS commit FROM es_events WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
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
      rowMode: 'array',
      text: `SELECT ${COLUMNS} FROM es_events
       WHERE stream_name = $1 AND revision ${backwards ? '<=' : '>='} $2
       ORDER BY es_events.revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      values: [streamName, from, options.maxCount ?? null],
    });
    return rows.map((row) => this.toRecorded(row));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const { rows } = await this.pool.query<unknown[]>({
      rowMode: 'array',
      text: `SELECT ${COLUMNS} FROM es_events
       WHERE (transaction_id, position) > ($1::text::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY es_events.transaction_id, es_events.position
       LIMIT $3`,
      values: [after.commit.toString(), after.prepare.toString(), options.maxCount ?? 1000],
    });
    return rows.map((row) => this.toRecorded(row));
  }

  async headPosition(): Promise<GlobalPosition> {
    const { rows } = await this.pool.query(
      `SELECT transaction_id::text AS commit, position FROM es_events
       WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY es_events.transaction_id DESC, es_events.position DESC LIMIT 1`,
    );
    return rows.length === 0 ? START : { commit: BigInt(rows[0].commit), prepare: BigInt(rows[0].position) };
  }

  async hasHeldBackEvents(after: GlobalPosition): Promise<boolean> {
    const { rows } = await this.pool.query(
      `SELECT EXISTS (SELECT 1 FROM es_events
         WHERE transaction_id >= pg_snapshot_xmin(pg_current_snapshot())
           AND (transaction_id, position) > ($1::text::xid8, $2::bigint)) AS held`,
      [after.commit.toString(), after.prepare.toString()],
    );
    return rows[0].held === true;
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
      `SELECT event_id, stream_name, revision, position, transaction_id::text AS commit
       FROM es_events WHERE event_id = ANY($1::uuid[]) ORDER BY revision`,
      [prepared.map((e) => e.id)],
    );
    const sameAppend =
      rows.length === prepared.length &&
      rows.every((r, i) => r.stream_name === streamName && Number(r.revision) === Number(rows[0].revision) + i);
    if (!sameAppend) throw new DuplicateEventIdError(rows.map((r) => r.event_id));
    const last = rows[rows.length - 1];
    return { nextExpectedRevision: Number(last.revision), position: { commit: BigInt(last.commit), prepare: BigInt(last.position) } };
  }

  /** The revision check failed: a retry of an append that did succeed is not a conflict. */
  private async refuse(db: Queryable, streamName: string, expected: ExpectedRevision, prepared: PreparedEvent[]): Promise<AppendResult> {
    const { rows: stored } = await db.query(`SELECT count(*)::int AS n FROM es_events WHERE event_id = ANY($1::uuid[])`, [
      prepared.map((e) => e.id),
    ]);
    if (stored[0].n > 0) return this.idempotentResult(db, streamName, prepared);
    const { rows } = await db.query(`SELECT revision FROM es_streams WHERE stream_name = $1`, [streamName]);
    throw new ConcurrencyError(streamName, expected, rows.length === 0 ? NO_STREAM : Number(rows[0].revision));
  }

  private toRecorded(row: unknown[]): RecordedEvent {
    const [position, commit, streamName, revision, id, type, schemaVersion, data, metadata, recordedAt] = row;
    return this.upcasters.apply({
      id: id as string,
      type: type as string,
      data,
      metadata: metadata as RecordedEvent['metadata'],
      streamName: streamName as string,
      revision: Number(revision),
      position: { commit: BigInt(commit as string), prepare: BigInt(position as string) },
      schemaVersion: schemaVersion as number,
      recordedAt: new Date(recordedAt as number),
    });
  }
}

function toResult(rows: AppendRow[]): AppendResult {
  const last = rows.reduce((a, b) => (BigInt(a.position) > BigInt(b.position) ? a : b));
  return { nextExpectedRevision: Number(last.revision), position: { commit: BigInt(last.commit), prepare: BigInt(last.position) } };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (error as { code?: string; constraint?: string })?.code === '23505' && (error as { constraint?: string }).constraint === constraint;
}
