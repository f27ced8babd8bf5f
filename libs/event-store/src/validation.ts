import { randomUUID } from 'node:crypto';
import { InvalidAppendError } from './errors';
import type { AppendContext, EventMetadata, ExpectedRevision, NewEvent, StreamAppend } from './types';
import { ANY, NO_STREAM, STREAM_EXISTS } from './types';

export const MAX_EVENT_BYTES = 1024 * 1024;
export const MAX_STREAM_NAME_LENGTH = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A UUID of version 7 (RFC 9562): the time in milliseconds first, then randomness. Ids the
 * store assigns sort by time, so the event-id index grows at its right edge instead of
 * touching (and, after each checkpoint, writing whole to the WAL) a random page per append.
 */
export function timeOrderedId(now: number = Date.now()): string {
  const random = randomUUID(); // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx: the variant stays, the version becomes 7
  const time = now.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}

/** An event checked and serialised, ready for any adapter. */
export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  /** The append's shared metadata as JSON (actor, ids, time): the same string for every event of it. */
  context: string;
}

/** The whole metadata of a prepared event: the shared part plus its id and schema version. */
export function metadataOf(e: PreparedEvent): EventMetadata {
  return { eventId: e.id, ...(JSON.parse(e.context) as Omit<EventMetadata, 'eventId' | 'schemaVersion'>), schemaVersion: e.schemaVersion };
}

/**
 * Validates a whole append before anything is written: one bad event refuses the append.
 * Throws InvalidAppendError with a stable code and the offending field.
 */
export function prepareAppend(
  streamName: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  context: AppendContext | undefined,
  now: () => Date = () => new Date(),
): PreparedEvent[] {
  validateStreamName(streamName);
  validateExpectedRevision(expected);
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidAppendError('EVENT_STORE.NO_EVENTS', 'An append needs at least one event.', { events: 'empty' });
  }
  const commandId = context?.commandId ?? randomUUID();
  const shared = {
    actor: context?.actor ?? null,
    correlationId: context?.correlationId ?? commandId,
    causationId: context?.causationId ?? commandId,
    commandId,
    occurredAt: context?.occurredAt ?? now().toISOString(),
  };
  // checked and serialised once per append, not once per event
  assertJson(shared, 'context');
  const sharedJson = JSON.stringify(shared);
  const contextBytes = Buffer.byteLength(sharedJson);
  const seen = new Set<string>();
  return events.map((event, index) => {
    const field = `events[${index}]`;
    if (typeof event?.type !== 'string' || !/^[A-Za-z][A-Za-z0-9_.:-]{0,199}$/.test(event.type)) {
      throw new InvalidAppendError('EVENT_STORE.INVALID_EVENT_TYPE', `${field}.type must be a name of letters and digits.`, { [`${field}.type`]: 'invalid' });
    }
    const id = event.id ?? timeOrderedId();
    if (!UUID.test(id)) {
      throw new InvalidAppendError('EVENT_STORE.INVALID_EVENT_ID', `${field}.id must be a UUID.`, { [`${field}.id`]: 'not a UUID' });
    }
    if (seen.has(id.toLowerCase())) {
      throw new InvalidAppendError('EVENT_STORE.INVALID_EVENT_ID', `${field}.id repeats an id of the same append.`, { [`${field}.id`]: 'repeated' });
    }
    seen.add(id.toLowerCase());
    const schemaVersion = event.schemaVersion ?? 1;
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
      throw new InvalidAppendError('EVENT_STORE.INVALID_SCHEMA_VERSION', `${field}.schemaVersion must be a positive integer.`, {
        [`${field}.schemaVersion`]: 'invalid',
      });
    }
    assertJson(event.data, `${field}.data`);
    const data = JSON.stringify(event.data);
    const bytes = data.length * 3 <= MAX_EVENT_BYTES - contextBytes ? 0 : Buffer.byteLength(data) + contextBytes;
    if (bytes > MAX_EVENT_BYTES) {
      throw new InvalidAppendError('EVENT_STORE.EVENT_TOO_LARGE', `${field} is ${bytes} bytes; the limit is ${MAX_EVENT_BYTES} (1 MiB).`, {
        [field]: 'too large',
      });
    }
    return { id: id.toLowerCase(), type: event.type, schemaVersion, data, context: sharedJson };
  });
}

/** A multi-stream append checked as a whole: no event id may repeat across its streams. */
export function prepareAppends(appends: readonly StreamAppend[]): { streamName: string; expected: ExpectedRevision; prepared: PreparedEvent[] }[] {
  if (!Array.isArray(appends) || appends.length === 0) {
    throw new InvalidAppendError('EVENT_STORE.NO_EVENTS', 'A multi-stream append needs at least one stream.', { appends: 'empty' });
  }
  const seen = new Set<string>();
  return appends.map((a, index) => {
    const expected = a?.options?.expectedRevision ?? ANY;
    const prepared = prepareAppend(a?.streamName, a?.events, expected, a?.options?.context);
    for (const e of prepared) {
      if (seen.has(e.id)) {
        throw new InvalidAppendError('EVENT_STORE.INVALID_EVENT_ID', `appends[${index}] repeats an event id of another stream of the same append.`, {
          [`appends[${index}]`]: 'repeated id',
        });
      }
      seen.add(e.id);
    }
    return { streamName: a.streamName, expected, prepared };
  });
}

export function validateStreamName(streamName: string): void {
  if (typeof streamName !== 'string' || streamName.trim() === '' || streamName !== streamName.trim()) {
    throw new InvalidAppendError('EVENT_STORE.INVALID_STREAM_NAME', 'The stream name must be a non-empty string without surrounding spaces.', {
      streamName: 'empty',
    });
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (streamName.length > MAX_STREAM_NAME_LENGTH || /[\u0000-\u001f]/.test(streamName)) {
    throw new InvalidAppendError('EVENT_STORE.INVALID_STREAM_NAME', `The stream name must be at most ${MAX_STREAM_NAME_LENGTH} printable characters.`, {
      streamName: 'invalid',
    });
  }
}

export function validateExpectedRevision(expected: ExpectedRevision): void {
  if (expected === ANY || expected === NO_STREAM || expected === STREAM_EXISTS) return;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return;
  throw new InvalidAppendError(
    'EVENT_STORE.INVALID_REVISION',
    `The expected revision must be ANY, NO_STREAM, STREAM_EXISTS or a revision >= 0, not ${String(expected)}.`,
    { expectedRevision: 'invalid' },
  );
}

export function validateRevision(revision: number | undefined, field: string): void {
  if (revision === undefined) return;
  if (!Number.isSafeInteger(revision) || revision < 0) {
    throw new InvalidAppendError('EVENT_STORE.INVALID_REVISION', `${field} must be an integer >= 0.`, { [field]: 'invalid' });
  }
}

/**
 * JSON that round-trips exactly: plain objects, arrays, strings, finite numbers, booleans
 * and null. A Date, a Map, a function or a cycle would come back different or not at all.
 */
function assertJson(value: unknown, path: string, seen: Set<object> = new Set()): void {
  const fail = (what: string): never => {
    throw new InvalidAppendError('EVENT_STORE.NOT_JSON', `${path} is not JSON-serialisable: ${what}.`, { [path]: what });
  };
  switch (typeof value) {
    case 'string':
      if (value.includes('\u0000')) fail('a string holds a NUL character');
      if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) fail('a string holds a lone surrogate');
      return;
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) fail(`the number ${value}`);
      return;
    case 'object': {
      if (value === null) return;
      if (seen.has(value)) fail('a circular reference');
      seen.add(value);
      if (Array.isArray(value)) {
        value.forEach((item, i) => assertJson(item, `${path}[${i}]`, seen));
      } else {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null) fail(`a ${proto?.constructor?.name ?? 'non-plain'} object`);
        for (const [key, item] of Object.entries(value)) {
          if (item === undefined) fail(`the property "${key}" is undefined`);
          assertJson(item, `${path}.${key}`, seen);
        }
      }
      seen.delete(value);
      return;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      fail(`a ${typeof value}`);
  }
}
