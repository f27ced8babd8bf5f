import { Injectable } from '@nestjs/common';
import { CallForAction, type CallRow } from '@pfp/calls-for-action';
import { Moderation } from '@pfp/contributions';
import { presentSearchResult, type PracticeNode, type PracticeSearchDocument } from '@pfp/practices';
import { regionCodesOfCountries } from '@pfp/taxonomy';
import { DataSource } from 'typeorm';
import type { Topics } from '../domain/ranking';

/** How many candidates of each kind a request reads at most, newest first, before ranking them. */
export const CANDIDATES = 200;

export interface Work {
  organizationId: string;
  topics: Topics;
}

interface TopicRow {
  id: string;
  themes: string[];
  countries: string[];
}

const topicsOf = (row: { themes: string[]; countries: string[] }): Topics => ({
  themes: row.themes,
  countries: row.countries,
  regions: regionCodesOfCountries(row.countries),
});

const TEXTS = (path: string) => `ARRAY(SELECT jsonb_array_elements_text(doc -> '${path}'))`;
const NAMING = (path: string, param: string) => `doc -> '${path}' @> jsonb_build_array(jsonb_build_object('organizationId', ${param}::text))`;

/**
 * Reads, never writes, the public read models of practices (practice_search), calls
 * (calls_for_action) and projects (partnership_projects): each statement filters through an
 * index (see the migration) and reads at most CANDIDATES rows. What the Support Unit hid is
 * left out, and a project only its partners may read is only ever read for its partners.
 */
@Injectable()
export class WorkReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
  ) {}

  /** The topics of what one organisation owns or takes part in: its published practices, the calls it posted, the projects it is a partner of (any visibility: they are its own). */
  async workOf(organizationId: string): Promise<Topics[]> {
    const rows: TopicRow[] = await this.dataSource.query(
      `(SELECT id, themes, countries FROM practice_search WHERE visible AND owner_organization_id = $1 ORDER BY published_at DESC LIMIT $2)
       UNION ALL
       (SELECT id, ${TEXTS('themes')}, ${TEXTS('countries')} FROM calls_for_action WHERE ${NAMING('posters', '$1')} ORDER BY posted_at DESC LIMIT $2)
       UNION ALL
       (SELECT id, ${TEXTS('themes')}, ${TEXTS('countries')} FROM partnership_projects WHERE ${NAMING('partners', '$1')} ORDER BY launched_at DESC LIMIT $2)`,
      [organizationId, CANDIDATES],
    );
    return rows.map(topicsOf);
  }

  /** Published practices on any of `themes`, newest first, not owned by `owner` and not among `except`. */
  async practicesOn(
    themes: readonly string[],
    options: { owner?: string | null; except?: readonly string[] } = {},
  ): Promise<Array<{ id: string; topics: Topics }>> {
    if (themes.length === 0) return [];
    const except = [...(options.except ?? []), ...(await this.moderation.hiddenOf('practice'))];
    const rows: TopicRow[] = await this.dataSource.query(
      `SELECT id, themes, countries FROM practice_search
       WHERE visible AND themes && $1::text[] AND owner_organization_id IS DISTINCT FROM $2 AND id <> ALL($3::text[])
       ORDER BY published_at DESC, id LIMIT $4`,
      [themes, options.owner ?? null, except, CANDIDATES],
    );
    return rows.map((row) => ({ id: row.id, topics: topicsOf(row) }));
  }

  /** Open calls on any of `themes`, newest first, that `organizationId` neither posted nor answered. */
  async openCallsOn(themes: readonly string[], organizationId: string): Promise<Array<{ id: string; topics: Topics }>> {
    if (themes.length === 0) return [];
    const rows: TopicRow[] = await this.dataSource.query(
      `SELECT id, ${TEXTS('themes')} AS themes, ${TEXTS('countries')} AS countries FROM calls_for_action
       WHERE status = 'OPEN' AND doc -> 'themes' ?| $1::text[] AND NOT ${NAMING('posters', '$2')} AND NOT ${NAMING('responses', '$2')}
         AND id <> ALL($3::text[])
       ORDER BY posted_at DESC, id LIMIT $4`,
      [themes, organizationId, await this.moderation.hiddenOf('callForAction'), CANDIDATES],
    );
    return rows.map((row) => ({ id: row.id, topics: topicsOf(row) }));
  }

  /**
   * Who works on any of `themes`, as everyone may see it: the owners of published practices,
   * the posters of calls and the partners of public projects on them (newest first, at most
   * CANDIDATES of each), one row per organisation and item.
   */
  async workOn(themes: readonly string[]): Promise<Work[]> {
    if (themes.length === 0) return [];
    const [practices, calls, projects] = await Promise.all(['practice', 'callForAction', 'project'].map((c) => this.moderation.hiddenOf(c)));
    const rows: Array<TopicRow & { organization_id: string }> = await this.dataSource.query(
      `(SELECT id, owner_organization_id AS organization_id, themes, countries FROM practice_search
         WHERE visible AND themes && $1::text[] AND id <> ALL($2::text[]) ORDER BY published_at DESC LIMIT $5)
       UNION ALL
       (SELECT c.id, p ->> 'organizationId', ${TEXTS('themes')}, ${TEXTS('countries')}
         FROM (SELECT id, doc FROM calls_for_action WHERE doc -> 'themes' ?| $1::text[] AND id <> ALL($3::text[]) ORDER BY posted_at DESC LIMIT $5) c,
           jsonb_array_elements(c.doc -> 'posters') p)
       UNION ALL
       (SELECT j.id, p ->> 'organizationId', ${TEXTS('themes')}, ${TEXTS('countries')}
         FROM (SELECT id, doc FROM partnership_projects WHERE readers IS NULL AND doc -> 'themes' ?| $1::text[] AND id <> ALL($4::text[])
           ORDER BY launched_at DESC LIMIT $5) j,
           jsonb_array_elements(j.doc -> 'partners') p)`,
      [themes, practices, calls, projects, CANDIDATES],
    );
    return rows.map((row) => ({ organizationId: row.organization_id, topics: topicsOf(row) }));
  }

  /** The organisations that said they are interested in replicating a practice. */
  async interestedIn(practiceId: string): Promise<string[]> {
    const rows: Array<{ organization_ids: string[] }> = await this.dataSource.query(`SELECT organization_ids FROM practice_interest WHERE id = $1`, [
      practiceId,
    ]);
    return rows[0]?.organization_ids ?? [];
  }

  /** The practices of `ids` as everyone sees them (the published text), in the order of `ids`. */
  async practices(ids: readonly string[]): Promise<Map<string, PracticeNode>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ doc: PracticeSearchDocument; revision: number }> = await this.dataSource.query(
      `SELECT doc, revision FROM practice_search WHERE id = ANY($1::text[]) AND visible`,
      [[...ids]],
    );
    const nodes = rows.map((r) => presentSearchResult(r.doc, r.revision)).filter((n): n is PracticeNode => n !== null);
    return new Map(nodes.map((n) => [n.id, n]));
  }

  async calls(ids: readonly string[]): Promise<Map<string, CallForAction>> {
    if (ids.length === 0) return new Map();
    const rows: CallRow[] = await this.dataSource.query(`SELECT doc, revision FROM calls_for_action WHERE id = ANY($1::text[])`, [[...ids]]);
    return new Map(rows.map((r) => [r.doc.id, CallForAction.from(r.doc.status, r.doc, r.revision)]));
  }
}
