import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import { evolve, initialPractice, PRACTICE_EVENT_TYPES, type Practice, type PracticeEvent } from '../domain/practice';

export const PRACTICE_CATEGORY = 'practice';

export function isPracticeEvent(event: RecordedEvent): event is RecordedEvent & PracticeEvent {
  return event.streamName.startsWith(`${PRACTICE_CATEGORY}-`) && (PRACTICE_EVENT_TYPES as readonly string[]).includes(event.type);
}

/**
 * The practice state a read-model row holds, with `event` folded in; null when the row already
 * reflects this revision (a replay), so the caller writes nothing.
 */
export async function foldIntoRow(manager: EntityManager, table: 'practice_details' | 'practice_search', event: RecordedEvent & PracticeEvent): Promise<Practice | null> {
  const rows: Array<{ revision: number; state: Practice }> = await manager.query(`SELECT revision, state FROM ${table} WHERE id = $1 FOR UPDATE`, [event.streamName]);
  const row = rows[0];
  if (row && row.revision >= event.revision) return null;
  return evolve(row?.state ?? initialPractice(), { type: event.type, data: event.data } as PracticeEvent);
}
