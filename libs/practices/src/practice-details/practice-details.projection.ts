import type { Projection } from '@pfp/event-sourcing';
import type { EntityManager } from 'typeorm';
import { foldIntoRow, isPracticeEvent } from '../shared/fold-row';

export const PRACTICE_DETAILS = 'practice-details';
export const PRACTICE_DETAILS_TABLES = ['practice_details'];

/** practice_details: the state of each practice, folded event by event, guarded by the stream revision. */
export const practiceDetailsProjection: Projection = {
  name: PRACTICE_DETAILS,
  tables: PRACTICE_DETAILS_TABLES,
  async handle(events, manager: EntityManager) {
    for (const event of events) {
      if (!isPracticeEvent(event)) continue;
      const state = await foldIntoRow(manager, 'practice_details', event);
      if (!state || state.status === 'NONE') continue;
      await manager.query(
        `INSERT INTO practice_details (id, revision, status, owner_organization_id, state, updated_at, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET revision = EXCLUDED.revision, status = EXCLUDED.status, state = EXCLUDED.state,
           updated_at = EXCLUDED.updated_at, published_at = EXCLUDED.published_at
         WHERE practice_details.revision < EXCLUDED.revision`,
        [event.streamName, event.revision, state.status, state.ownerOrganizationId, JSON.stringify(state), state.updatedAt, state.publishedAt],
      );
    }
  },
};
