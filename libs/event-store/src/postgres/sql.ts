import type { ExpectedRevision, RecordedEvent } from '../types';
import type { Upcasters } from '../upcasting';
import { APPEND_LOCK_CLASS } from './schema';

/**
 * Taken before the events take positions: a shared transaction-level advisory lock whose key
 * carries the next sequence value, so readers hold back at this append until it ends (see
 * es_watermark). A one-time filter: evaluated once, before any row draws its position.
 */
const APPEND_LOCK = `(SELECT 0 FROM pg_advisory_xact_lock_shared((${APPEND_LOCK_CLASS}::bigint << 32) +
  (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM es_events_position_seq))) = 0`;

// Read as arrays, with the time as epoch milliseconds: decoding rows is most of the cost of a catch-up.
const COLUMNS = `position::text, stream_name, revision, event_id::text, event_type, schema_version, data, metadata, (extract(epoch from recorded_at) * 1000)::float8`;

type Kind = 'ANY' | 'NO_STREAM' | 'STREAM_EXISTS' | 'EXACT';

/**
 * The revision before the append, read from the log itself: the unique (stream, revision)
 * index is the check (a writer that raced ahead makes the insert fail), so an append writes
 * one row and its index entries, nothing else. Only EXACT and STREAM_EXISTS can find nothing.
 */
const CURRENT = `(SELECT max(revision) AS r FROM es_events WHERE stream_name = $1) cur`;
const BEFORE: Record<Kind, { base: string; from: string[]; where: string[] }> = {
  NO_STREAM: { base: '-1', from: [], where: [] },
  EXACT: { base: '$7::bigint', from: [], where: ['EXISTS (SELECT 1 FROM es_events WHERE stream_name = $1 AND revision = $7::bigint)'] },
  ANY: { base: 'coalesce(cur.r, -1)', from: [CURRENT], where: [] },
  STREAM_EXISTS: { base: 'cur.r', from: [CURRENT], where: ['cur.r IS NOT NULL'] },
};

const INSERT = `INSERT INTO es_events (stream_name, revision, event_id, event_type, schema_version, data, metadata)`;
const KINDS = Object.keys(BEFORE) as Kind[];

function statement(kind: Kind, many: boolean): string {
  const { base, from, where } = BEFORE[kind];
  const filter = `WHERE ${[APPEND_LOCK, ...where].join(' AND ')}`;
  if (!many) {
    // one event, the common case: scalar parameters, no arrays to encode in Node and parse in the server
    const source = from.length ? `FROM ${from.join(', ')} ` : '';
    return `${INSERT} SELECT $1, ${base} + 1, $2::uuid, $3::text, $4::int, $5::json, $6::json ${source}${filter} RETURNING position::text, revision`;
  }
  // the metadata is the append's, alike for all its events: sent and parsed once, not once per event
  const events = `unnest($2::uuid[], $3::text[], $4::int[], $5::text[]) WITH ORDINALITY AS e(id, type, version, data, ord)`;
  return `${INSERT} SELECT $1, ${base} + e.ord, e.id, e.type, e.version, e.data::json, $6::json
     FROM ${[...from, events].join(', ')} ${filter} ORDER BY e.ord RETURNING position::text, revision`;
}

const APPEND_ONE = Object.fromEntries(KINDS.map((k) => [k, statement(k, false)])) as Record<Kind, string>;
const APPEND = Object.fromEntries(KINDS.map((k) => [k, statement(k, true)])) as Record<Kind, string>;

/** Parameters: $1 stream, $2-$5 ids, types, versions, data (arrays, or scalars for one event), $6 the append's metadata, $7 expected revision. Named: planned once per connection. */
export function appendStatement(expected: ExpectedRevision, count: number): { name: string; text: string } {
  const kind = typeof expected === 'number' ? 'EXACT' : expected;
  return count === 1
    ? { name: `es_append_one_${kind.toLowerCase()}`, text: APPEND_ONE[kind] }
    : { name: `es_append_${kind.toLowerCase()}`, text: APPEND[kind] };
}

/** The stream's last revision, or null when it has none. */
export const CURRENT_REVISION = `SELECT max(revision)::text AS revision FROM es_events WHERE stream_name = $1`;

export const READ_STREAM = {
  forwards: `SELECT ${COLUMNS} FROM es_events WHERE stream_name = $1 AND revision >= $2 ORDER BY es_events.revision ASC LIMIT $3`,
  backwards: `SELECT ${COLUMNS} FROM es_events WHERE stream_name = $1 AND revision <= $2 ORDER BY es_events.revision DESC LIMIT $3`,
};

/** The settled part of the log after a position; the bound comes from es_watermark(), read before. */
export const READ_ALL = {
  all: `SELECT ${COLUMNS} FROM es_events WHERE position > $1 AND position <= $2 ORDER BY es_events.position LIMIT $3`,
  types: `SELECT ${COLUMNS} FROM es_events WHERE position > $1 AND position <= $2 AND event_type = ANY($4::text[]) ORDER BY es_events.position LIMIT $3`,
};

export function decodeRow(row: unknown[], upcasters: Upcasters): RecordedEvent {
  const [position, streamName, revision, id, type, schemaVersion, data, metadata, recordedAt] = row;
  const p = BigInt(position as string);
  // the id and version are columns (older rows also carry them in the JSON): set on the parsed object, no copy
  const m = metadata as RecordedEvent['metadata'];
  m.eventId = id as string;
  m.schemaVersion = schemaVersion as number;
  return upcasters.apply({
    id: id as string,
    type: type as string,
    data,
    metadata: m,
    streamName: streamName as string,
    revision: Number(revision),
    position: { commit: p, prepare: p },
    schemaVersion: schemaVersion as number,
    recordedAt: new Date(recordedAt as number),
  });
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (error as { code?: string; constraint?: string })?.code === '23505' && (error as { constraint?: string }).constraint === constraint;
}
