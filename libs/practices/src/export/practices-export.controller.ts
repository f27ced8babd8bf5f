import { Controller, Get, Header } from '@nestjs/common';
import { Moderation } from '@pfp/contributions';
import { DataSource } from 'typeorm';
import type { PracticeSearchDocument } from '../practice-search/practice-search.projection';
import { presentSearchResult } from '../practice-search/search-result';
import type { PracticeNode } from '../shared/practice.types';

/** Open data: every published practice, public fields only (never the contact). */
interface ExportRow {
  id: string;
  revision: number;
  title: string;
  summary: string;
  body: string;
  language: string;
  ownerOrganizationId: string;
  ownerCountry: string | null;
  countries: string[];
  themes: string[];
  implementingPartnerIds: string[];
  periodStart: string | null;
  periodEnd: string | null;
  implementationStatus: string | null;
  results: Array<{ indicator: string; value: string }>;
  resources: Array<{ title: string; url: string; kind: string }>;
  translations: string[];
  /** The quality assessment of the published text (issue 18): "meets 5 of 7 criteria, confirmed by the Support Unit". */
  assessmentStatus: string;
  assessment: string;
  /** The criteria it meets, as the Support Unit confirmed. */
  criteriaMet: string[];
  criteriaAnswers: Array<{ criterionKey: string; meets: boolean; how: string; evidence: string; links: string[]; verdict: string | null }>;
  publishedAt: string | null;
}

const CSV_COLUMNS: Array<keyof ExportRow> = [
  'id',
  'revision',
  'title',
  'summary',
  'body',
  'language',
  'ownerOrganizationId',
  'ownerCountry',
  'countries',
  'themes',
  'implementingPartnerIds',
  'periodStart',
  'periodEnd',
  'implementationStatus',
  'results',
  'resources',
  'translations',
  'assessmentStatus',
  'assessment',
  'criteriaMet',
  'criteriaAnswers',
  'publishedAt',
];

function toRow(node: PracticeNode): ExportRow {
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
    results: node.results,
    resources: node.resources,
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

/** RFC 4180; lists joined with `;`, objects as JSON. A leading = + - @ is quoted against spreadsheet formula injection. */
export function toCsv(rows: ExportRow[]): string {
  const cell = (value: unknown): string => {
    let text =
      value === null || value === undefined
        ? ''
        : Array.isArray(value) && value.every((v) => typeof v === 'string')
          ? value.join(';')
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => cell(row[c])).join(','))].join('\r\n') + '\r\n';
}

@Controller('export')
export class PracticesExportController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
  ) {}

  private async rows(): Promise<ExportRow[]> {
    const rows: Array<{ doc: PracticeSearchDocument; revision: number }> = await this.dataSource.query(
      `SELECT doc, revision FROM practice_search WHERE visible ORDER BY published_at DESC, id`,
    );
    const nodes = rows.map((r) => presentSearchResult(r.doc, r.revision)).filter((n): n is PracticeNode => n !== null);
    // what the Support Unit hid is not exported (issue 14)
    return (await this.moderation.visible(nodes, (n) => [n.id])).map(toRow);
  }

  @Get('practices.json')
  @Header('Cache-Control', 'public, max-age=300')
  async json(): Promise<{ license: string; generatedAt: string; practices: ExportRow[] }> {
    return { license: 'CC BY 4.0', generatedAt: new Date().toISOString(), practices: await this.rows() };
  }

  @Get('practices.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="practices.csv"')
  @Header('Cache-Control', 'public, max-age=300')
  async csv(): Promise<string> {
    return toCsv(await this.rows());
  }
}
