import { Injectable, type OnModuleInit } from '@nestjs/common';
import { keysetBatches, Moderation, OpenDataExports, type ExportColumn, type ExportRecord, type OpenDataExport } from '@pfp/contributions';
import { DataSource } from 'typeorm';
import { ASSESSMENT_STATUSES, VERDICTS } from '../domain/assessment';
import { IMPLEMENTATION_STATUSES, RESOURCE_KINDS } from '../domain/practice';
import type { PracticeSearchDocument } from '../practice-search/practice-search.projection';
import { presentSearchResult } from '../practice-search/search-result';
import type { PracticeNode } from '../shared/practice.types';

const objects = (properties: Record<string, unknown>) => ({
  type: 'array',
  items: { type: 'object', additionalProperties: false, required: Object.keys(properties), properties },
});

const columns: ExportColumn[] = [
  { name: 'id', type: 'string', description: 'The practice (practice-<uuid>); its page is /practices/<id>.' },
  { name: 'revision', type: 'integer', description: 'The version of the practice’s stream the record was read at.' },
  { name: 'title', type: 'string', description: 'The title, in the original language.' },
  { name: 'summary', type: 'string', description: 'A short summary, in the original language.' },
  { name: 'body', type: 'string', description: 'The full description, as Markdown (never rendered unsanitised).' },
  { name: 'language', type: 'string', description: 'The original language (ISO 639-1: ar, en, es, fr, ru or zh).' },
  { name: 'ownerOrganizationId', type: 'string', description: 'The state that shares it (organization-<uuid>, see organizations.csv).' },
  { name: 'ownerCountry', type: 'string', nullable: true, description: 'The owner state’s country (ISO 3166-1 alpha-3).' },
  { name: 'countries', type: 'string[]', description: 'ISO 3166-1 alpha-3 codes of the countries where it is carried out.' },
  { name: 'themes', type: 'string[]', description: 'Taxonomy theme ids (GCM objectives, SDG targets and the platform’s themes).' },
  { name: 'implementingPartnerIds', type: 'string[]', description: 'The organisations that carry it out with the owner.' },
  { name: 'periodStart', type: 'string', nullable: true, description: 'When it started: YYYY, YYYY-MM or YYYY-MM-DD.' },
  { name: 'periodEnd', type: 'string', nullable: true, description: 'When it ended, in the same form; empty while it goes on.' },
  { name: 'implementationStatus', type: 'string', nullable: true, values: IMPLEMENTATION_STATUSES, description: 'PLANNED, ONGOING or COMPLETED.' },
  {
    name: 'results',
    type: 'json',
    description: 'What it achieved: an indicator and its value, each as text.',
    schema: objects({ indicator: { type: 'string' }, value: { type: 'string' } }),
  },
  {
    name: 'resources',
    type: 'json',
    description: 'Documents, videos and web pages about it: a title, an address and a kind.',
    schema: objects({ title: { type: 'string' }, url: { type: 'string' }, kind: { type: 'string', enum: [...RESOURCE_KINDS] } }),
  },
  { name: 'translations', type: 'string[]', description: 'The languages it is translated into.' },
  {
    name: 'assessmentStatus',
    type: 'string',
    values: ASSESSMENT_STATUSES,
    description: 'Where the quality assessment stands: NOT_ANSWERED, AWAITING_REVIEW, PARTLY_CONFIRMED, QUESTIONED or CONFIRMED.',
  },
  { name: 'assessment', type: 'string', description: 'The assessment in words, e.g. "meets 6 of 7 criteria, confirmed by the Support Unit".' },
  { name: 'criteriaMet', type: 'string[]', description: 'The quality criteria it meets, as the Support Unit confirmed (criterion keys).' },
  {
    name: 'criteriaAnswers',
    type: 'json',
    description: 'The owner’s answer for each criterion (meets, how, evidence, links) and the Support Unit’s verdict, if any.',
    schema: objects({
      criterionKey: { type: 'string' },
      meets: { type: 'boolean' },
      how: { type: 'string' },
      evidence: { type: 'string' },
      links: { type: 'array', items: { type: 'string' } },
      verdict: { type: ['string', 'null'], enum: [...VERDICTS, null] },
    }),
  },
  { name: 'publishedAt', type: 'date-time', nullable: true, description: 'When it was first published.' },
];

function toRecord(node: PracticeNode): ExportRecord {
  return {
    id: node.id,
    revision: node.revision,
    title: node.title,
    summary: node.summary,
    body: node.body,
    language: node.language,
    ownerOrganizationId: node.ownerOrganizationId,
    ownerCountry: node.ownerCountry,
    countries: node.countries,
    themes: node.themeIds,
    implementingPartnerIds: node.implementingPartnerIds,
    periodStart: node.period?.start ?? null,
    periodEnd: node.period?.end ?? null,
    implementationStatus: node.implementationStatus,
    results: node.results.map(({ indicator, value }) => ({ indicator, value })),
    resources: node.resources.map(({ title, url, kind }) => ({ title, url, kind })),
    translations: node.translations.map((t) => t.language),
    assessmentStatus: node.assessment?.status ?? 'NOT_ANSWERED',
    assessment: node.assessment?.label ?? 'no criteria answered',
    criteriaMet: (node.assessment?.answers ?? []).filter((a) => a.meets && a.verdict === 'CONFIRMED').map((a) => a.criterionKey),
    criteriaAnswers: (node.assessment?.answers ?? []).map(({ criterionKey, meets, how, evidence, links, verdict }) => ({
      criterionKey,
      meets,
      how,
      evidence,
      links,
      verdict,
    })),
    publishedAt: node.publishedAt?.toISOString() ?? null,
  };
}

/** /export/practices.csv|json|schema.json: every published practice an anonymous reader sees, public fields only (never its contact). */
export function practicesExport(dataSource: DataSource, moderation: Moderation): OpenDataExport {
  return {
    name: 'practices',
    title: 'Published practices',
    description: 'Every published practice an anonymous visitor can read, with its results, resources and quality assessment, one record per practice, by id.',
    columns,
    async *batches() {
      for await (const rows of keysetBatches<{ id: string; doc: PracticeSearchDocument; revision: number }>(
        (after, size) =>
          dataSource.query(`SELECT id, doc, revision FROM practice_search WHERE visible AND ($1::text IS NULL OR id > $1) ORDER BY id LIMIT $2`, [after, size]),
        (row) => row.id,
      )) {
        const nodes = rows.map((r) => presentSearchResult(r.doc, r.revision)).filter((n): n is PracticeNode => n !== null);
        // what the Support Unit hid is not exported (issue 14)
        yield (await moderation.visible(nodes, (n) => [n.id])).map(toRecord);
      }
    },
  };
}

/** Registers the practices export with the others (its schema and its columns in /export/index.json). */
@Injectable()
export class PracticesExportContribution implements OnModuleInit {
  constructor(
    private readonly exports: OpenDataExports,
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
  ) {}

  onModuleInit(): void {
    this.exports.register(practicesExport(this.dataSource, this.moderation));
  }
}
