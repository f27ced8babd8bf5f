import { documentProjection, type DocumentHandlers, type Projection } from '@pfp/event-sourcing';
import type { RecordedEvent } from '@pfp/event-store';
import type { EntityManager } from 'typeorm';
import {
  evolveProject,
  leadOf,
  readersOf,
  type PartnershipProjectEvent,
  type PartnershipProjectState,
  type ProjectDetails,
  type ProjectStatus,
  type ProjectUpdate,
} from '../domain/partnership-project';

export const PROJECT_DETAILS = 'project-details';
export const PROJECT_STREAM_PREFIX = 'project-';

/** What project-details keeps of a project: everything its readers see, and where it stands. */
export interface ProjectDocument extends ProjectDetails {
  status: ProjectStatus;
}

export interface ProjectRow {
  /** The row's own column (the document holds it too). */
  status: ProjectStatus;
  doc: ProjectDocument;
  revision: number;
}

const stateOf = (doc: ProjectDocument | null): PartnershipProjectState => {
  if (!doc) return { status: 'NONE' };
  const { status, ...project } = doc;
  return { status, project };
};

/** Every event moves the document as the project's own rules move the project. */
const evolve = (doc: ProjectDocument | null, event: PartnershipProjectEvent): ProjectDocument | null => {
  const next = evolveProject(stateOf(doc), event);
  return next.status === 'NONE' ? null : { ...next.project, status: next.status };
};

const handlers: DocumentHandlers<ProjectDocument, PartnershipProjectEvent> = {
  PartnershipProjectLaunched: evolve,
  ProjectPartnerAdded: evolve,
  ProjectPartnerLeft: evolve,
  ProjectPartnerRemoved: evolve,
  ProjectPartnerRoleChanged: evolve,
  PartnershipProjectEdited: evolve,
  MilestoneAdded: evolve,
  MilestoneReached: evolve,
  ProjectUpdatePosted: evolve,
  ProjectTargetSet: evolve,
  ProjectTargetRetired: evolve,
  ProjectQuietReminderSent: evolve,
  ProjectCompleted: evolve,
  ProjectCancelled: evolve,
};

/** One row per project; `readers` (NULL: public) is who may read it, checked by every query. */
const documents = documentProjection<ProjectDocument, PartnershipProjectEvent>({
  name: PROJECT_DETAILS,
  table: 'partnership_projects',
  category: 'project',
  handlers,
  columns: [
    { name: 'status', type: 'text', value: (d) => d.status },
    { name: 'title', type: 'text', value: (d) => d.title },
    { name: 'lead_organization_id', type: 'text', value: (d) => leadOf(d) },
    { name: 'readers', type: 'text[]', value: (d) => readersOf(d) },
    { name: 'from_call_id', type: 'text', value: (d) => d.fromCallId },
    { name: 'launched_at', type: 'timestamptz', value: (d) => d.launchedAt },
    { name: 'last_activity_at', type: 'timestamptz', value: (d) => d.updatedAt },
  ],
  extraTables: ['project_updates'],
});

/** The updates of a batch, one row each, in one statement; an update is never rewritten, so a replay adds nothing. */
async function recordUpdates(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const updates = events
    .filter((e) => e.type === 'ProjectUpdatePosted' && e.streamName.startsWith(PROJECT_STREAM_PREFIX))
    .map((e) => {
      const u = e.data as ProjectUpdate;
      return {
        id: u.id,
        project_id: e.streamName,
        organization_id: u.organizationId,
        text: u.text,
        metrics: u.metrics,
        video_url: u.videoUrl,
        posted_at: u.postedAt,
      };
    });
  if (updates.length === 0) return;
  await manager.query(
    `INSERT INTO project_updates (id, project_id, organization_id, text, metrics, video_url, posted_at)
     SELECT r.id, r.project_id, r.organization_id, r.text, r.metrics, r.video_url, r.posted_at
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, project_id text, organization_id text, text text, metrics jsonb, video_url text, posted_at timestamptz)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(updates)],
  );
}

/** project-details: the project documents, and their updates in a table of their own (for feeds and figures). */
export const projectDetailsProjection: Projection & Pick<typeof documents, 'readModel' | 'fold'> = {
  name: documents.name,
  tables: documents.tables,
  types: documents.types,
  readModel: documents.readModel,
  fold: documents.fold,
  async handle(events, manager, context) {
    await documents.handle(events, manager, context);
    await recordUpdates(events, manager);
  },
};
