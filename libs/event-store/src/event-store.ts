import type { AppendOptions, AppendResult, GlobalPosition, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent, StreamAppend } from './types';

/** The port every adapter implements and the contract suite checks. */
export interface EventStore {
  /**
   * Appends atomically, checking `expectedRevision` (default ANY). Idempotent by event id:
   * retrying an append whose events are all stored returns the original result.
   */
  appendToStream(streamName: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /**
   * False where the backend cannot write several streams in one transaction (KurrentDB):
   * callers then run an idempotent process of single-stream appends instead.
   */
  readonly supportsMultiStreamAppend: boolean;
  /**
   * Appends to several streams atomically: every stream's expected revision is checked and
   * either all events are written or none (ConcurrencyError names the stream whose check
   * failed). Idempotent by event id like appendToStream. Results are in the order given.
   * Throws where `supportsMultiStreamAppend` is false.
   */
  appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  /** The stream's events in revision order (or reverse); [] for a stream that does not exist. */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The global log after a position, in delivery order; never skips an event that commits late. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /**
   * readAll that also says how far the log was examined (`end`, at or after the last event
   * returned): with `types`, a reader may move its checkpoint to `end` over events of other
   * types. Optional: without it, read unfiltered and filter in the reader. `heldBack`, when
   * present, answers hasHeldBackEvents(end) as of the query that bounded the page (an event
   * committed since announces itself), so a reader at the end need not ask again.
   */
  readAllPage?(options?: ReadAllOptions): Promise<{ events: RecordedEvent[]; end: GlobalPosition; heldBack?: boolean }>;
  /** Position of the last event a reader of the global log can see now (START for an empty log). */
  headPosition(): Promise<GlobalPosition>;
  /**
   * True when events after `after` are committed but not yet readable (PostgreSQL: behind an
   * older transaction still running). Readers then retry soon rather than wait for a
   * wake-up, which that older transaction, if it appends nothing, will never send.
   */
  hasHeldBackEvents?(after: GlobalPosition): Promise<boolean>;
  /** Called when events may have been appended (by this process or, where supported, another). */
  onAppended(listener: () => void): () => void;
  close(): Promise<void>;
}
