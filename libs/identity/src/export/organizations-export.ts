import { Injectable, type OnModuleInit } from '@nestjs/common';
import { keysetBatches, OpenDataExports, type ExportColumn, type OpenDataExport } from '@pfp/contributions';
import { DataSource } from 'typeorm';
import { organizationGlobalId } from '../global-ids';
import { ORGANIZATION_KINDS } from '../organizations/organization.entity';

const columns: ExportColumn[] = [
  { name: 'id', type: 'string', description: 'The organisation (organization-<uuid>), as the other exports name it.' },
  { name: 'name', type: 'string', description: 'Its name.' },
  {
    name: 'kind',
    type: 'string',
    values: ORGANIZATION_KINDS,
    description: 'STATE, INTERNATIONAL_ORGANIZATION, CIVIL_SOCIETY, PRIVATE_SECTOR, ACADEMIA or SUPPORT_UNIT.',
  },
  { name: 'country', type: 'string', nullable: true, description: 'ISO 3166-1 alpha-3, for a STATE.' },
  { name: 'active', type: 'boolean', description: 'False once the Support Unit deactivated it.' },
  { name: 'createdAt', type: 'date-time', description: 'When it joined the platform.' },
  { name: 'deactivatedAt', type: 'date-time', nullable: true, description: 'When it was deactivated, if it was.' },
];

interface OrganizationRow {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  created_at: Date;
  deactivated_at: Date | null;
}

/** /export/organizations.csv|json: what the public `organizations` query shows; no account, member or e-mail address. */
export function organizationsExport(dataSource: DataSource): OpenDataExport {
  return {
    name: 'organizations',
    title: 'Organisations',
    description: 'Every organisation on the platform (deactivated ones too, as the API lists them), one record per organisation, by id. No person is named.',
    columns,
    async *batches() {
      for await (const rows of keysetBatches<OrganizationRow>(
        (after, size) =>
          dataSource.query(
            `SELECT id, name, kind, country, created_at, deactivated_at FROM organizations WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
            [after, size],
          ),
        (row) => row.id,
      )) {
        yield rows.map((o) => ({
          id: organizationGlobalId(o.id),
          name: o.name,
          kind: o.kind,
          country: o.country,
          active: !o.deactivated_at,
          createdAt: new Date(o.created_at).toISOString(),
          deactivatedAt: o.deactivated_at ? new Date(o.deactivated_at).toISOString() : null,
        }));
      }
    },
  };
}

/** Registers the organisations export. */
@Injectable()
export class OrganizationsExportContribution implements OnModuleInit {
  constructor(
    private readonly exports: OpenDataExports,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.exports.register(organizationsExport(this.dataSource));
  }
}
