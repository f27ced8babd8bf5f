/** Who did it, why, and when: stored with every event. */
export interface EventMetadata {
  eventId: string;
  /** The signed-in account and the organisation it acted for; null for the platform itself. */
  actor: { accountId: string; organizationId: string } | null;
  correlationId: string;
  causationId: string;
  commandId: string;
  /** ISO 8601. */
  occurredAt: string;
  schemaVersion: number;
}

/** What one append (one command) shares across its events; missing fields get defaults. */
export type AppendContext = Partial<Omit<EventMetadata, 'eventId' | 'schemaVersion'>>;

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface NewEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  /** A UUID; retrying an append with the same ids does not duplicate it. Generated when absent. */
  id?: string;
  /** Defaults to 1. */
  schemaVersion?: number;
}

/**
 * A point in the global log. On PostgreSQL `commit` is the writing transaction's id and
 * `prepare` the event's sequence number; on KurrentDB they are its commit/prepare positions.
 */
export interface GlobalPosition {
  commit: bigint;
  prepare: bigint;
}

export const START: GlobalPosition = Object.freeze({ commit: 0n, prepare: 0n });

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
  streamName: string;
  /** 0-based position of the event in its stream. */
  revision: number;
  position: GlobalPosition;
  schemaVersion: number;
  recordedAt: Date;
}

export const ANY = 'ANY';
export const NO_STREAM = 'NO_STREAM';
export const STREAM_EXISTS = 'STREAM_EXISTS';
/** An exact revision is the revision of the stream's last event. */
export type ExpectedRevision = typeof ANY | typeof NO_STREAM | typeof STREAM_EXISTS | number;

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
  context?: AppendContext;
}

export interface AppendResult {
  /** Revision of the last event now in the stream: the expected revision of the next append. */
  nextExpectedRevision: number;
  /** Global position of the last event appended. */
  position: GlobalPosition;
}

/** One stream's part of a multi-stream append. */
export interface StreamAppend {
  streamName: string;
  events: readonly NewEvent[];
  options?: AppendOptions;
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the first event (forwards) or the last one (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events after this position. Defaults to the start of the log. */
  after?: GlobalPosition;
  maxCount?: number;
  /** Only events of these types (for a consumer that handles few of them); others are passed over. */
  types?: readonly string[];
}

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function formatPosition(p: GlobalPosition): string {
  return `${p.commit}/${p.prepare}`;
}
