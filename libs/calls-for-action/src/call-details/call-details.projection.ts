import type { Projection } from '@pfp/event-sourcing';
import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import type { CallForActionEvent, CallForActionState } from '../domain/call-for-action';
import { evolveCall } from '../domain/call-for-action';

export const CALL_DETAILS = 'call-details';
export const CALL_STREAM_PREFIX = 'callForAction-';

export interface CallRow {
  status: CallForActionState['status'];
  doc: Extract<CallForActionState, { call: unknown }>['call'];
  revision: number;
}

/**
 * Folds each call's events into its row with the decider's own `evolve`; a row only moves
 * forward (revision guard), so a replay changes nothing.
 */
export const callDetailsProjection: Projection = {
  name: CALL_DETAILS,
  async handle(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const e of events) {
      if (!e.streamName.startsWith(CALL_STREAM_PREFIX)) continue;
      const rows: Array<{ status: string; doc: CallRow['doc']; revision: number }> = await manager.query(
        `SELECT status, doc, revision FROM calls_for_action WHERE id = $1 FOR UPDATE`,
        [e.streamName],
      );
      const current = rows[0];
      if (current && current.revision >= e.revision) continue;
      const before: CallForActionState = current ? ({ status: current.status, call: current.doc } as CallForActionState) : { status: 'NONE' };
      const after = evolveCall(before, { type: e.type, data: e.data } as CallForActionEvent);
      if (after.status === 'NONE') continue;
      const c = after.call;
      await manager.query(
        `INSERT INTO calls_for_action (id, status, kind, title, posted_at, deadline, doc, revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, kind = EXCLUDED.kind, title = EXCLUDED.title,
           deadline = EXCLUDED.deadline, doc = EXCLUDED.doc, revision = EXCLUDED.revision
         WHERE calls_for_action.revision < EXCLUDED.revision`,
        [e.streamName, after.status, c.kind, c.title, c.postedAt, c.deadline, JSON.stringify(c), e.revision],
      );
    }
  },
};
