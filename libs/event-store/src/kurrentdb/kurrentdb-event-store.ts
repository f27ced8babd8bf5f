import { EventEmitter } from 'node:events';
import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START as KURRENT_START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  eventTypeFilter,
  excludeSystemEvents,
  jsonEvent,
} from '@kurrent/kurrentdb-client';
import type { AllStreamResolvedEvent, AllStreamSubscription, AppendStreamState, JSONType, ResolvedEvent } from '@kurrent/kurrentdb-client';
import { ConcurrencyError, DuplicateEventIdError } from '../errors';
import type { EventStore } from '../event-store';
import type { AppendOptions, AppendResult, EventMetadata, ExpectedRevision, GlobalPosition } from '../types';
import type { NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, StreamAppend } from '../types';
import { ANY, NO_STREAM, START, STREAM_EXISTS, comparePositions } from '../types';
import { Upcasters } from '../upcasting';
import type { PreparedEvent } from '../validation';
import { metadataOf, prepareAppend, validateRevision, validateStreamName } from '../validation';

export interface KurrentDBEventStoreOptions {
  upcasters?: Upcasters;
}

/** Our expected revision in the client's terms: its `streamState` takes bigint revisions. */
export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case ANY:
      return 'any';
    case NO_STREAM:
      return 'no_stream';
    case STREAM_EXISTS:
      return 'stream_exists';
    default:
      return BigInt(expected);
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** System records ($-prefixed types such as $metadata, $>, $stats streams) are not ours. */
export function isSystemRecord(streamName: string, type: string): boolean {
  return streamName.startsWith('$') || type.startsWith('$');
}

type AnyRecorded = NonNullable<AllStreamResolvedEvent['event']> | NonNullable<ResolvedEvent['event']>;

/**
 * The port over KurrentDB / EventStoreDB through `@kurrent/kurrentdb-client`. Positions are
 * KurrentDB's own {commit, prepare}; consumers keep them in the read model's PostgreSQL
 * checkpoint table like any other position.
 *
 * Differences from the PostgreSQL adapter that the contract suite would show: KurrentDB
 * scopes event-id idempotency to one stream and to its recent-write cache, so the same id in
 * another stream is not refused (DuplicateEventIdError only for ids found in this stream).
 */
export class KurrentDBEventStore implements EventStore {
  /** Each append is atomic in its own stream only; a multi-stream command needs an idempotent process. */
  readonly supportsMultiStreamAppend = false;
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly upcasters: Upcasters;
  private live: AllStreamSubscription | null = null;
  private closed = false;

  constructor(
    private readonly client: KurrentDBClient,
    options: KurrentDBEventStoreOptions = {},
  ) {
    this.upcasters = options.upcasters ?? new Upcasters();
  }

  /** `url`: kurrentdb://host:2113?tls=false (esdb:// is accepted by the client too). */
  static fromConnectionString(url: string, options: KurrentDBEventStoreOptions = {}): KurrentDBEventStore {
    return new KurrentDBEventStore(KurrentDBClient.connectionString(url), options);
  }

  async appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? ANY;
    const prepared = prepareAppend(streamName, events, expected, options.context);
    const data = prepared.map((e) =>
      jsonEvent({
        id: e.id,
        type: e.type,
        // prepareAppend checked the data is JSON; the client types only objects, arrays and strings
        data: JSON.parse(e.data) as JSONType,
        metadata: metadataOf(e) as unknown as JSONType,
      }),
    );
    try {
      const result = await this.client.appendToStream(streamName, data, { streamState: toStreamState(expected) });
      this.emitter.emit('appended');
      if (!result.position) {
        // servers before 22.6 leave it out: read the last event back for its position
        return this.resultFromStream(streamName, prepared);
      }
      return { nextExpectedRevision: Number(result.nextExpectedRevision), position: { ...result.position } };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      // a retry of an append that did succeed is not a conflict
      const already = await this.findStored(streamName, prepared);
      if (already) return already;
      const actual = error.actualState;
      throw new ConcurrencyError(streamName, expected, actual === 'no_stream' || actual === undefined ? NO_STREAM : Number(actual));
    }
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    throw new Error(
      `KurrentDBEventStore cannot append to ${appends?.length ?? 0} streams atomically: check store.supportsMultiStreamAppend and ` +
        'run the command as an idempotent process of single-stream appends (each retried with the same event ids).',
    );
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    validateStreamName(streamName);
    validateRevision(options.fromRevision, 'fromRevision');
    const backwards = options.direction === 'backwards';
    const out: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamName, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : KURRENT_START,
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      });
      for await (const resolved of read) {
        if (resolved.event) out.push(this.toRecorded(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return out;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const maxCount = options.maxCount ?? 1000;
    const fromStart = after.commit === 0n && after.prepare === 0n;
    const out: RecordedEvent[] = [];
    // reading $all from a position includes the event at it: ask for one more and skip it
    const read = this.client.readAll({
      direction: FORWARDS,
      fromPosition: fromStart ? KURRENT_START : { commit: after.commit, prepare: after.prepare },
      maxCount: maxCount + 1,
      // exact type names, filtered by the server (not tried against a server here)
      filter: options.types ? eventTypeFilter({ regex: `^(?:${options.types.map(escapeRegex).join('|')})$` }) : excludeSystemEvents(),
    });
    for await (const resolved of read) {
      const event = resolved.event;
      if (!event || isSystemRecord(event.streamId, event.type)) continue;
      if (!fromStart && comparePositions(event.position, after) <= 0) continue;
      out.push(this.toRecorded(event));
      if (out.length >= maxCount) break;
    }
    return out;
  }

  async headPosition(): Promise<GlobalPosition> {
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, filter: excludeSystemEvents() });
    for await (const resolved of read) {
      if (resolved.event) return { commit: resolved.event.position.commit, prepare: resolved.event.position.prepare };
    }
    return START;
  }

  /**
   * Woken by a live catch-up subscription to $all (from the end, system events filtered
   * out), so consumers in this process follow appends made by any process.
   */
  onAppended(listener: () => void): () => void {
    this.emitter.on('appended', listener);
    this.follow();
    return () => this.emitter.off('appended', listener);
  }

  /**
   * A catch-up subscription to $all from `after` (exclusive, as KurrentDB resumes after the
   * given position), with system events filtered out: for consumers that prefer a push feed.
   */
  subscribe(after: GlobalPosition | undefined, onEvent: (event: RecordedEvent) => Promise<void> | void): { stop(): Promise<void>; done: Promise<void> } {
    const subscription = this.client.subscribeToAll({
      fromPosition: after && (after.commit !== 0n || after.prepare !== 0n) ? { commit: after.commit, prepare: after.prepare } : KURRENT_START,
      filter: excludeSystemEvents(),
    });
    const done = (async () => {
      for await (const resolved of subscription) {
        const event = resolved.event;
        if (!event || isSystemRecord(event.streamId, event.type)) continue;
        await onEvent(this.toRecorded(event));
      }
    })();
    return { stop: () => subscription.unsubscribe(), done };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.emitter.removeAllListeners();
    const live = this.live;
    this.live = null;
    await live?.unsubscribe().catch(() => undefined);
    await this.client.dispose();
  }

  private follow(): void {
    if (this.live || this.closed) return;
    const live = this.client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents() });
    this.live = live;
    live.on('data', () => this.emitter.emit('appended'));
    // consumers poll as well, so a dropped subscription only slows them until it is renewed
    live.on('error', () => {
      if (this.live === live) this.live = null;
      if (!this.closed && this.emitter.listenerCount('appended') > 0) setTimeout(() => this.follow(), 1000).unref();
    });
  }

  /** The result of an earlier append of exactly these events to this stream, if there was one. */
  private async findStored(streamName: string, prepared: PreparedEvent[]): Promise<AppendResult | null> {
    const ids = new Set(prepared.map((e) => e.id));
    const recent = await this.readStream(streamName, { direction: 'backwards', maxCount: 1000 });
    const found = recent.filter((e) => ids.has(e.id.toLowerCase())).reverse();
    if (found.length === 0) return null;
    const contiguous = found.length === prepared.length && found.every((e, i) => e.id.toLowerCase() === prepared[i].id && e.revision === found[0].revision + i);
    if (!contiguous) throw new DuplicateEventIdError(found.map((e) => e.id));
    const last = found[found.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  private async resultFromStream(streamName: string, prepared: PreparedEvent[]): Promise<AppendResult> {
    const stored = await this.findStored(streamName, prepared);
    if (!stored) throw new Error(`KurrentDB acknowledged an append to ${streamName} that cannot be read back`);
    return stored;
  }

  private toRecorded(event: AnyRecorded): RecordedEvent {
    const metadata = (event.isJson ? event.metadata : parseBinary(event.metadata)) as EventMetadata;
    const data = event.isJson ? event.data : parseBinary(event.data);
    const position = event.position ?? START;
    return this.upcasters.apply({
      id: event.id,
      type: event.type,
      data,
      metadata,
      streamName: event.streamId,
      revision: Number(event.revision),
      position: { commit: position.commit, prepare: position.prepare },
      schemaVersion: metadata?.schemaVersion ?? 1,
      recordedAt: event.created,
    });
  }
}

function parseBinary(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    const text = Buffer.from(value).toString('utf8');
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return value;
}
