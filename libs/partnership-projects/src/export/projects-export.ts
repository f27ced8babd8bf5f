import { Injectable, type OnModuleInit } from '@nestjs/common';
import { keysetBatches, Moderation, OpenDataExports, type ExportColumn, type OpenDataExport } from '@pfp/contributions';
import { DataSource } from 'typeorm';
import type { ProjectRow } from '../project-details/project-details.projection';
import { PROJECT_ROLES, PROJECT_STATUSES, leadOf, type Metric } from '../domain/partnership-project';

const METRICS_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['indicator', 'value', 'unit'],
    additionalProperties: false,
    properties: {
      indicator: { type: 'string', description: 'What is counted, as the partner wrote it.' },
      value: { type: 'number', description: 'What this update reports (new since the last report).' },
      unit: { type: ['string', 'null'], description: 'e.g. "people", "USD"; null on updates posted before units existed.' },
    },
  },
};

const projectColumns: ExportColumn[] = [
  { name: 'id', type: 'string', description: 'The partnership project (project-<uuid>); its page is /projects/<id>.' },
  { name: 'status', type: 'string', values: PROJECT_STATUSES, description: 'ACTIVE, COMPLETED or CANCELLED.' },
  { name: 'title', type: 'string', description: 'The title.' },
  { name: 'summary', type: 'string', description: 'What the project does, as plain text.' },
  { name: 'objectives', type: 'string[]', description: 'GFMD objective ids.' },
  { name: 'themes', type: 'string[]', description: 'Taxonomy theme ids.' },
  { name: 'countries', type: 'string[]', description: 'ISO 3166-1 alpha-3 codes.' },
  { name: 'startsOn', type: 'date', nullable: true, description: 'Planned start (YYYY-MM-DD).' },
  { name: 'endsOn', type: 'date', nullable: true, description: 'Planned end (YYYY-MM-DD).' },
  { name: 'fromCallId', type: 'string', nullable: true, description: 'The call for action it was launched from (see calls.csv).' },
  { name: 'leadOrganizationId', type: 'string', description: 'The lead partner (organization-<uuid>, see organizations.csv).' },
  {
    name: 'partners',
    type: 'json',
    description: 'Every partner with its role and since when (JSON in CSV).',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['organizationId', 'role', 'since'],
        additionalProperties: false,
        properties: { organizationId: { type: 'string' }, role: { type: 'string', enum: [...PROJECT_ROLES] }, since: { type: 'string', format: 'date-time' } },
      },
    },
  },
  {
    name: 'milestones',
    type: 'json',
    description: 'Planned milestones and when each was reached (JSON in CSV).',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'plannedOn', 'reachedOn'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, title: { type: 'string' }, plannedOn: { type: 'string' }, reachedOn: { type: ['string', 'null'] } },
      },
    },
  },
  { name: 'updateCount', type: 'integer', description: 'How many updates were posted (see project-updates.csv).' },
  { name: 'launchedAt', type: 'date-time', description: 'When it was launched.' },
  { name: 'updatedAt', type: 'date-time', description: 'Its last change.' },
  { name: 'endedAt', type: 'date-time', nullable: true, description: 'When it was completed or cancelled.' },
  { name: 'cancellationReason', type: 'string', nullable: true, description: 'Why it was cancelled, if it was.' },
];

const updateColumns: ExportColumn[] = [
  { name: 'id', type: 'string', description: 'The update; its anchor is /projects/<projectId>#update-<id>.' },
  { name: 'projectId', type: 'string', description: 'The project (see projects.csv).' },
  { name: 'organizationId', type: 'string', description: 'The partner that posted it (organization-<uuid>).' },
  { name: 'text', type: 'string', description: 'What the partner reports, as plain text.' },
  { name: 'metrics', type: 'json', description: 'The figures it reports: indicator, value, unit (JSON in CSV).', schema: METRICS_SCHEMA },
  { name: 'videoUrl', type: 'uri', nullable: true, description: 'A video about it, if any.' },
  { name: 'postedAt', type: 'date-time', description: 'When it was posted.' },
];

/** /export/projects.csv|json: public projects only (a PARTNERS project is never exported), not hidden by moderation. */
export function projectsExport(dataSource: DataSource, moderation: Moderation): OpenDataExport {
  return {
    name: 'projects',
    title: 'Partnership projects',
    description: 'Every public partnership project, one record per project, by id. Projects only their partners may read are left out.',
    columns: projectColumns,
    async *batches() {
      const hidden = await moderation.hiddenOf('project');
      for await (const rows of keysetBatches<ProjectRow & { id: string }>(
        (after, size) =>
          dataSource.query(
            `SELECT id, status, doc, revision FROM partnership_projects WHERE readers IS NULL AND id <> ALL($1::text[]) AND ($2::text IS NULL OR id > $2) ORDER BY id LIMIT $3`,
            [hidden, after, size],
          ),
        (row) => row.id,
      )) {
        yield rows.map(({ doc }) => ({
          id: doc.id,
          status: doc.status,
          title: doc.title,
          summary: doc.summary,
          objectives: doc.objectives,
          themes: doc.themes,
          countries: doc.countries,
          startsOn: doc.startsOn,
          endsOn: doc.endsOn,
          fromCallId: doc.fromCallId,
          leadOrganizationId: leadOf(doc),
          partners: doc.partners.map((p) => ({ organizationId: p.organizationId, role: p.role, since: p.since })),
          milestones: doc.milestones.map((m) => ({ id: m.id, title: m.title, plannedOn: m.plannedOn, reachedOn: m.reachedOn })),
          updateCount: doc.updates.length,
          launchedAt: doc.launchedAt,
          updatedAt: doc.updatedAt,
          endedAt: doc.endedAt,
          cancellationReason: doc.cancellationReason,
        }));
      }
    },
  };
}

interface UpdateRow {
  id: string;
  project_id: string;
  organization_id: string;
  text: string;
  metrics: Metric[];
  video_url: string | null;
  posted_at: Date;
}

/** /export/project-updates.csv|json: the updates of public projects with their metrics, by id. */
export function projectUpdatesExport(dataSource: DataSource, moderation: Moderation): OpenDataExport {
  return {
    name: 'project-updates',
    title: 'Project updates and their metrics',
    description: 'Every update posted on a public partnership project, with the figures it reports, one record per update, by id.',
    columns: updateColumns,
    async *batches() {
      const hidden = await moderation.hiddenOf('project');
      for await (const rows of keysetBatches<UpdateRow>(
        (after, size) =>
          dataSource.query(
            `SELECT u.id, u.project_id, u.organization_id, u.text, u.metrics, u.video_url, u.posted_at
               FROM project_updates u JOIN partnership_projects p ON p.id = u.project_id
              WHERE p.readers IS NULL AND p.id <> ALL($1::text[]) AND ($2::text IS NULL OR u.id > $2) ORDER BY u.id LIMIT $3`,
            [hidden, after, size],
          ),
        (row) => row.id,
      )) {
        yield rows.map((u) => ({
          id: u.id,
          projectId: u.project_id,
          organizationId: u.organization_id,
          text: u.text,
          metrics: u.metrics.map((m) => ({ indicator: m.indicator, value: m.value, unit: m.unit ?? null })),
          videoUrl: u.video_url,
          postedAt: new Date(u.posted_at).toISOString(),
        }));
      }
    },
  };
}

/** Registers the projects and project-updates exports. */
@Injectable()
export class ProjectsExportContribution implements OnModuleInit {
  constructor(
    private readonly exports: OpenDataExports,
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
  ) {}

  onModuleInit(): void {
    this.exports.register(projectsExport(this.dataSource, this.moderation));
    this.exports.register(projectUpdatesExport(this.dataSource, this.moderation));
  }
}
