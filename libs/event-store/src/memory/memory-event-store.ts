import { EventEmitter } from 'node:events';
import { ConcurrencyError, DuplicateEventIdError } from '../errors';
import type { EventStore } from '../event-store';
import type { AppendOptions, AppendResult, ExpectedRevision, GlobalPosition, NewEvent } from '../types';
import type { ReadAllOptions, ReadStreamOptions, RecordedEvent, StreamAppend } from '../types';
import { ANY, NO_STREAM, START, STREAM_EXISTS } from '../types';
import { Upcasters } from '../upcasting';
import type { PreparedEvent } from '../validation';
import { metadataOf, prepareAppend, prepareAppends, validateRevision, validateStreamName } from '../validation';

interface Planned {
  streamName: string;
  expected: ExpectedRevision;
  prepared: PreparedEvent[];
}

/** For unit tests and benchmarks of the domain alone: same contract, no durability. */
export class InMemoryEventStore implements EventStore {
  readonly supportsMultiStreamAppend = true;
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  constructor(private readonly upcasters = new Upcasters()) {}

  async appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? ANY;
    const [result] = this.appendAll([{ streamName, expected, prepared: prepareAppend(streamName, events, expected, options.context) }]);
    return result;
  }

  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return this.appendAll(prepareAppends(appends));
  }

  /** Checks everything first, then writes: nothing of any stream is written on a failure. */
  private appendAll(plan: Planned[]): AppendResult[] {
    const stored = plan.flatMap((p) => p.prepared.map((e) => this.byId.get(e.id)));
    if (stored.every(Boolean)) {
      const results = plan.map((p) => this.storedResult(p));
      if (results.every(Boolean)) return results as AppendResult[];
    }
    const duplicates = plan
      .flatMap((p) => p.prepared)
      .filter((e) => this.byId.has(e.id))
      .map((e) => e.id);
    if (duplicates.length > 0) throw new DuplicateEventIdError(duplicates);

    const lengths = new Map<string, number>();
    for (const { streamName, expected, prepared } of plan) {
      const length = lengths.get(streamName) ?? this.streams.get(streamName)?.length ?? 0;
      const current = length === 0 ? undefined : length - 1;
      const ok =
        expected === ANY ||
        (expected === NO_STREAM && current === undefined) ||
        (expected === STREAM_EXISTS && current !== undefined) ||
        (typeof expected === 'number' && current === expected);
      if (!ok) throw new ConcurrencyError(streamName, expected, current ?? 'NO_STREAM');
      lengths.set(streamName, length + prepared.length);
    }
    const results = plan.map((p) => this.write(p.streamName, p.prepared));
    queueMicrotask(() => this.emitter.emit('appended'));
    return results;
  }

  /** The original result when this stream's events are all stored, as one append, in this stream. */
  private storedResult(p: Planned): AppendResult | null {
    const stored = p.prepared.map((e) => this.byId.get(e.id)!);
    const first = stored[0];
    if (!stored.every((e, i) => e.streamName === p.streamName && e.revision === first.revision + i)) return null;
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  private write(streamName: string, prepared: PreparedEvent[]): AppendResult {
    const target = this.streams.get(streamName) ?? [];
    const recordedAt = new Date();
    for (const e of prepared) {
      const sequence = BigInt(this.log.length + 1);
      const recorded: RecordedEvent = {
        id: e.id,
        type: e.type,
        data: JSON.parse(e.data),
        metadata: metadataOf(e),
        streamName,
        revision: target.length,
        position: { commit: sequence, prepare: sequence },
        schemaVersion: e.schemaVersion,
        recordedAt,
      };
      target.push(recorded);
      this.log.push(recorded);
      this.byId.set(e.id, recorded);
    }
    this.streams.set(streamName, target);
    const last = target[target.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    validateStreamName(streamName);
    validateRevision(options.fromRevision, 'fromRevision');
    const events = this.streams.get(streamName) ?? [];
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const selected =
      options.direction === 'backwards'
        ? events.filter((e) => e.revision <= (options.fromRevision ?? Number.MAX_SAFE_INTEGER)).reverse()
        : events.filter((e) => e.revision >= (options.fromRevision ?? 0));
    return selected.slice(0, max).map((e) => this.upcasters.apply(clone(e)));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return (await this.readAllPage(options)).events;
  }

  async readAllPage(options: ReadAllOptions = {}): Promise<{ events: RecordedEvent[]; end: GlobalPosition }> {
    const after = options.after ?? START;
    const maxCount = options.maxCount ?? 1000;
    const types = options.types && new Set(options.types);
    const events: RecordedEvent[] = [];
    let end = after;
    for (let i = Number(after.prepare); i < this.log.length && events.length < maxCount; i++) {
      const e = this.log[i];
      end = e.position;
      if (!types || types.has(e.type)) events.push(this.upcasters.apply(clone(e)));
    }
    return { events, end };
  }

  async headPosition(): Promise<GlobalPosition> {
    return this.log.length === 0 ? START : this.log[this.log.length - 1].position;
  }

  onAppended(listener: () => void): () => void {
    this.emitter.on('appended', listener);
    return () => this.emitter.off('appended', listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

function clone(e: RecordedEvent): RecordedEvent {
  return { ...e, data: structuredClone(e.data), metadata: structuredClone(e.metadata) };
}
