import { Injectable, type OnModuleInit } from '@nestjs/common';
import { keysetBatches, Moderation, OpenDataExports, type ExportColumn, type OpenDataExport } from '@pfp/contributions';
import { DataSource } from 'typeorm';
import type { CallRow } from '../call-details/call-details.projection';
import { CALL_KINDS } from '../domain/call-for-action';

/** PENDING calls wait for their co-posters and are not open data until they are confirmed. */
export const EXPORTED_CALL_STATUSES = ['OPEN', 'CLOSED', 'CONVERTED'] as const;

const columns: ExportColumn[] = [
  { name: 'id', type: 'string', description: 'The call for action (callForAction-<uuid>); its page is /calls/<id>.' },
  {
    name: 'status',
    type: 'string',
    values: EXPORTED_CALL_STATUSES,
    description: 'OPEN for responses, CLOSED (by a poster or at the deadline), or CONVERTED into a partnership project.',
  },
  { name: 'kind', type: 'string', values: CALL_KINDS, description: 'What the call asks for.' },
  { name: 'title', type: 'string', description: 'The title, in the language the posters wrote it.' },
  { name: 'description', type: 'string', description: 'What the posters ask for, as plain text.' },
  { name: 'themes', type: 'string[]', description: 'Taxonomy theme ids.' },
  { name: 'countries', type: 'string[]', description: 'ISO 3166-1 alpha-3 codes of the countries concerned.' },
  { name: 'deadline', type: 'date-time', nullable: true, description: 'When the call closes by itself; empty when it has none.' },
  {
    name: 'posterIds',
    type: 'string[]',
    description:
      'The posting organisations (organization-<uuid>, see organizations.csv), the first poster first; co-posters that have not confirmed are left out.',
  },
  { name: 'practiceId', type: 'string', nullable: true, description: 'The practice the call builds on (practice-<uuid>), if any.' },
  {
    name: 'projectId',
    type: 'string',
    nullable: true,
    description: 'The partnership project launched from it (project-<uuid>), as the API gives it; a project only its partners may read is not in projects.csv.',
  },
  { name: 'responseCount', type: 'integer', description: 'How many organisations have an active or accepted response.' },
  { name: 'acceptedResponderIds', type: 'string[]', description: 'The organisations whose response the posters accepted.' },
  { name: 'postedAt', type: 'date-time', description: 'When it was posted.' },
  { name: 'updatedAt', type: 'date-time', description: 'The last change to the call or its responses.' },
  { name: 'closedAt', type: 'date-time', nullable: true, description: 'When it was closed, if it was.' },
];

/** /export/calls.csv|json: calls an anonymous reader sees (not PENDING, not hidden by moderation); response messages are not exported. */
export function callsExport(dataSource: DataSource, moderation: Moderation): OpenDataExport {
  return {
    name: 'calls',
    title: 'Calls for action',
    description: 'Every call for action an anonymous visitor can read, one record per call, by id.',
    columns,
    async *batches() {
      const hidden = await moderation.hiddenOf('callForAction');
      for await (const rows of keysetBatches<CallRow & { id: string }>(
        (after, size) =>
          dataSource.query(
            `SELECT id, doc, revision FROM calls_for_action WHERE status = ANY($1::text[]) AND id <> ALL($2::text[]) AND ($3::text IS NULL OR id > $3) ORDER BY id LIMIT $4`,
            [EXPORTED_CALL_STATUSES, hidden, after, size],
          ),
        (row) => row.id,
      )) {
        yield rows.map(({ doc }) => ({
          id: doc.id,
          status: doc.status,
          kind: doc.kind,
          title: doc.title,
          description: doc.description,
          themes: doc.themes,
          countries: doc.countries,
          deadline: doc.deadline,
          posterIds: doc.posters.filter((p, i) => i === 0 || p.confirmed).map((p) => p.organizationId),
          practiceId: doc.practiceId,
          projectId: doc.projectId,
          responseCount: doc.responses.filter((r) => r.status === 'ACTIVE' || r.status === 'ACCEPTED').length,
          acceptedResponderIds: doc.responses.filter((r) => r.status === 'ACCEPTED').map((r) => r.organizationId),
          postedAt: doc.postedAt,
          updatedAt: doc.updatedAt,
          closedAt: doc.closedAt,
        }));
      }
    },
  };
}

/** Registers the calls export. */
@Injectable()
export class CallsExportContribution implements OnModuleInit {
  constructor(
    private readonly exports: OpenDataExports,
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
  ) {}

  onModuleInit(): void {
    this.exports.register(callsExport(this.dataSource, this.moderation));
  }
}
