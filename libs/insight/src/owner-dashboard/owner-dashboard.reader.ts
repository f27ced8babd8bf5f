import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ViewCounts } from '../record-view/view-counts';
import { InsightItemKind, type OwnerDashboardItem } from './owner-dashboard.types';

interface Owned {
  id: string;
  kind: InsightItemKind;
  title: string;
  status: string;
  interest: number | null;
  responses: number | null;
}

/**
 * What an organisation owns, from the owning contexts' read models: the practices it owns, the
 * calls it (co-)posted, the projects it leads, the tools it owns; with interest, responses and
 * followers counted in SQL and the views from subject_views_daily.
 */
const OWNED = `
  SELECT d.id, 'PRACTICE' AS kind, coalesce(d.doc #>> '{published,title}', d.doc #>> '{working,title}') AS title, d.status,
         coalesce(cardinality(i.organization_ids), 0) AS interest, NULL::int AS responses
  FROM practice_details d LEFT JOIN practice_interest i ON i.id = d.id WHERE d.owner_organization_id = $1
  UNION ALL
  SELECT c.id, 'CALL_FOR_ACTION', c.title, c.status, NULL,
         (SELECT count(*) FROM jsonb_array_elements(c.doc -> 'responses') r WHERE r ->> 'status' <> 'WITHDRAWN')::int
  FROM calls_for_action c WHERE c.doc -> 'posters' @> jsonb_build_array(jsonb_build_object('organizationId', $1::text))
  UNION ALL
  SELECT id, 'PROJECT', title, status, NULL, NULL FROM partnership_projects WHERE lead_organization_id = $1
  UNION ALL
  SELECT id, 'POLICY_TOOL', title, status, NULL, NULL FROM policy_tools WHERE owner_organization_id = $1`;

const ORDER = [InsightItemKind.PRACTICE, InsightItemKind.CALL_FOR_ACTION, InsightItemKind.PROJECT, InsightItemKind.POLICY_TOOL];

@Injectable()
export class OwnerDashboardReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: ViewCounts,
  ) {}

  async itemsOf(organizationId: string, today: string): Promise<OwnerDashboardItem[]> {
    const owned: Owned[] = await this.dataSource.query(OWNED, [organizationId]);
    const ids = owned.map((o) => o.id);
    const [views, followerRows] = await Promise.all([
      this.views.of(ids, today),
      this.dataSource.query(`SELECT subject_id, count(*)::int AS n FROM follows WHERE subject_id = ANY($1::text[]) GROUP BY subject_id`, [ids]) as Promise<
        Array<{ subject_id: string; n: number }>
      >,
    ]);
    const followers = new Map(followerRows.map((r) => [r.subject_id, r.n]));
    return owned
      .map((o) => ({
        subjectId: o.id,
        kind: o.kind,
        title: o.title,
        status: o.status,
        viewsLast30Days: views.get(o.id)?.last30Days ?? 0,
        viewsTotal: views.get(o.id)?.total ?? 0,
        interest: o.interest,
        followers: followers.get(o.id) ?? 0,
        responses: o.responses,
      }))
      .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || b.viewsLast30Days - a.viewsLast30Days || a.title.localeCompare(b.title));
  }
}
