import type { Projection } from '@pfp/event-sourcing';
import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import {
  evolveProject,
  leadOf,
  readersOf,
  type PartnershipProjectEvent,
  type PartnershipProjectState,
  type ProjectDetails,
} from '../domain/partnership-project';

export const PROJECT_DETAILS = 'project-details';
export const PROJECT_STREAM_PREFIX = 'project-';

export interface ProjectRow {
  status: Exclude<PartnershipProjectState['status'], 'NONE'>;
  doc: ProjectDetails;
  revision: number;
}

/** Folds each project's events into its row (revision-guarded, so replays change nothing) and keeps its updates in a table of their own. */
export const projectDetailsProjection: Projection = {
  name: PROJECT_DETAILS,
  async handle(events: RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const e of events) {
      if (!e.streamName.startsWith(PROJECT_STREAM_PREFIX)) continue;
      const rows: ProjectRow[] = await manager.query(`SELECT status, doc, revision FROM partnership_projects WHERE id = $1 FOR UPDATE`, [e.streamName]);
      const current = rows[0];
      if (current && current.revision >= e.revision) continue;
      const before: PartnershipProjectState = current ? { status: current.status, project: current.doc } : { status: 'NONE' };
      const event = { type: e.type, data: e.data } as PartnershipProjectEvent;
      const after = evolveProject(before, event);
      if (after.status === 'NONE') continue;
      const p = after.project;
      await manager.query(
        `INSERT INTO partnership_projects (id, status, title, lead_organization_id, readers, from_call_id, launched_at, last_activity_at, doc, revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, title = EXCLUDED.title, lead_organization_id = EXCLUDED.lead_organization_id,
           readers = EXCLUDED.readers, last_activity_at = EXCLUDED.last_activity_at, doc = EXCLUDED.doc, revision = EXCLUDED.revision
         WHERE partnership_projects.revision < EXCLUDED.revision`,
        [e.streamName, after.status, p.title, leadOf(p), readersOf(p), p.fromCallId, p.launchedAt, p.updatedAt, JSON.stringify(p), e.revision],
      );
      if (event.type === 'ProjectUpdatePosted') {
        const u = event.data;
        await manager.query(
          `INSERT INTO project_updates (id, project_id, organization_id, text, metrics, video_url, posted_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO NOTHING`,
          [u.id, e.streamName, u.organizationId, u.text, JSON.stringify(u.metrics), u.videoUrl, u.postedAt],
        );
      }
    }
  },
};
