import { EventEmitter } from 'node:events';
import { ConcurrencyError, DuplicateEventIdError } from '../errors';
import type { EventStore } from '../event-store';
import type {
  AppendOptions,
  AppendResult,
  EventMetadata,
  GlobalPosition,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
} from '../types';
import { ANY, NO_STREAM, START, STREAM_EXISTS } from '../types';
import { Upcasters } from '../upcasting';
import { prepareAppend, validateRevision, validateStreamName } from '../validation';

/** For unit tests and benchmarks of the domain alone: same contract, no durability. */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byId = new Map<string, RecordedEvent>();
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  constructor(private readonly upcasters = new Upcasters()) {}

  async appendToStream(streamName: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedRevision ?? ANY;
    const prepared = prepareAppend(streamName, events, expected, options.context);
    const stored = prepared.map((e) => this.byId.get(e.id));
    if (stored.every(Boolean)) {
      const first = stored[0]!;
      const last = stored[stored.length - 1]!;
      if (stored.every((e, i) => e!.streamName === streamName && e!.revision === first.revision + i)) {
        return { nextExpectedRevision: last.revision, position: last.position };
      }
    }
    const duplicates = prepared.filter((e, i) => stored[i]).map((e) => e.id);
    if (duplicates.length > 0) throw new DuplicateEventIdError(duplicates);

    const stream = this.streams.get(streamName);
    const current = stream ? stream.length - 1 : undefined;
    const ok =
      expected === ANY ||
      (expected === NO_STREAM && current === undefined) ||
      (expected === STREAM_EXISTS && current !== undefined) ||
      (typeof expected === 'number' && current === expected);
    if (!ok) throw new ConcurrencyError(streamName, expected, current ?? 'NO_STREAM');

    const target = stream ?? [];
    const recordedAt = new Date();
    for (const e of prepared) {
      const sequence = BigInt(this.log.length + 1);
      const recorded: RecordedEvent = {
        id: e.id,
        type: e.type,
        data: JSON.parse(e.data),
        metadata: JSON.parse(e.metadata) as EventMetadata,
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
    queueMicrotask(() => this.emitter.emit('appended'));
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
    const after = options.after ?? START;
    const start = Number(after.prepare);
    return this.log.slice(start, start + (options.maxCount ?? 1000)).map((e) => this.upcasters.apply(clone(e)));
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
