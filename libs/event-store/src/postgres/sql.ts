import type { ExpectedRevision, RecordedEvent } from '../types';
import type { Upcasters } from '../upcasting';
import { APPEND_LOCK_CLASS } from './schema';

/**
 * Taken before the events take positions: a shared transaction-level advisory lock whose key
 * carries the next sequence value, so readers hold back at this append until it ends (see
 * es_watermark). An InitPlan: evaluated once, before the stream row is written.
 */
const APPEND_LOCK = `(SELECT 0 FROM pg_advisory_xact_lock_shared((${APPEND_LOCK_CLASS}::bigint << 32) +
  (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM es_events_position_seq)))`;

// Read as arrays, with the time as epoch milliseconds: decoding rows is most of the cost of a catch-up.
const COLUMNS = `position::text, stream_name, revision, event_id::text, event_type, schema_version, data, metadata, (extract(epoch from recorded_at) * 1000)::float8`;

/**
 * The stream row carries the revision check; the unique (stream, revision) and event-id
 * constraints are the backstop. Named statements: parsed and planned once per connection.
 */
const STREAM_STEP: Record<'ANY' | 'NO_STREAM' | 'STREAM_EXISTS' | 'EXACT', string> = {
  ANY: `INSERT INTO es_streams AS s (stream_name, revision) VALUES ($1, $2::bigint - 1 + ${APPEND_LOCK})
        ON CONFLICT (stream_name) DO UPDATE SET revision = s.revision + $2::bigint RETURNING s.revision`,
  NO_STREAM: `INSERT INTO es_streams (stream_name, revision) VALUES ($1, $2::bigint - 1 + ${APPEND_LOCK})
        ON CONFLICT (stream_name) DO NOTHING RETURNING revision`,
  STREAM_EXISTS: `UPDATE es_streams SET revision = revision + $2::bigint + ${APPEND_LOCK} WHERE stream_name = $1 RETURNING revision`,
  EXACT: `UPDATE es_streams SET revision = revision + $2::bigint + ${APPEND_LOCK} WHERE stream_name = $1 AND revision = $8::bigint RETURNING revision`,
};

const APPEND = Object.fromEntries(
  Object.entries(STREAM_STEP).map(([kind, step]) => [
    kind,
    `WITH s AS (${step})
     INSERT INTO es_events (stream_name, revision, event_id, event_type, schema_version, data, metadata)
     SELECT $1, s.revision - $2::bigint + e.ord, e.id, e.type, e.version, e.data::json, e.metadata::json
     FROM s, unnest($3::uuid[], $4::text[], $5::int[], $6::text[], $7::text[])
          WITH ORDINALITY AS e(id, type, version, data, metadata, ord)
     ORDER BY e.ord
     RETURNING position::text, revision::int`,
  ]),
) as Record<keyof typeof STREAM_STEP, string>;

// One event, the common case: scalar parameters, no arrays to encode in Node and parse in the server.
const APPEND_ONE = Object.fromEntries(
  Object.entries(STREAM_STEP).map(([kind, step]) => [
    kind,
    `WITH s AS (${step})
     INSERT INTO es_events (stream_name, revision, event_id, event_type, schema_version, data, metadata)
     SELECT $1, s.revision, $3::uuid, $4::text, $5::int, $6::json, $7::json FROM s
     RETURNING position::text, revision`,
  ]),
) as Record<keyof typeof STREAM_STEP, string>;

/** Parameters: $1 stream, $2 count, $3-$7 ids, types, versions, data, metadata (arrays, or scalars for one event), $8 expected revision. */
export function appendStatement(expected: ExpectedRevision, count: number): { name: string; text: string } {
  const kind = typeof expected === 'number' ? 'EXACT' : expected;
  return count === 1
    ? { name: `es_append_one_${kind.toLowerCase()}`, text: APPEND_ONE[kind] }
    : { name: `es_append_${kind.toLowerCase()}`, text: APPEND[kind] };
}

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
