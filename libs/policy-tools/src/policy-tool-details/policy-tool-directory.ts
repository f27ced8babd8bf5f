import { Injectable } from '@nestjs/common';
import type { Actor } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { mayEdit } from '../domain/policy-tool';
import type { PolicyToolRow } from './policy-tool-details.projection';

/** The content readers filter on: the current edition's, the draft's for a tool not yet released. */
export const CONTENT = `COALESCE(doc -> 'editions' -> -1 -> 'content', doc -> 'draft')`;

/** Who reads what: a released tool everyone; a draft only its owner and editors. */
export const mayReadTool = (row: PolicyToolRow, actor: Actor | null): boolean =>
  row.doc.status === 'RELEASED' || (actor !== null && mayEdit(row.doc, actor.organizationId));

/** Reads policy_tools (the policy-tool-details read model). */
@Injectable()
export class PolicyToolDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async get(id: string): Promise<PolicyToolRow | null> {
    const rows: PolicyToolRow[] = await this.dataSource.query(`SELECT doc, revision FROM policy_tools WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** A page of rows matching `where` ($1... bound to `params`), and how many match. */
  async page(where: string, params: unknown[], order: string, offset: number, limit: number): Promise<{ rows: PolicyToolRow[]; total: number }> {
    const n = params.length;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT doc, revision FROM policy_tools WHERE ${where} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`, [
        ...params,
        limit,
        offset,
      ]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM policy_tools WHERE ${where}`, params),
    ]);
    return { rows, total };
  }

  /** How many rows matching `where` carry each kind, country, theme and language (of the content readers filter on). */
  async facets(where: string, params: unknown[]): Promise<Record<'kind' | 'country' | 'theme' | 'language', Array<{ value: string; count: number }>>> {
    const rows: Array<{ facet: 'kind' | 'country' | 'theme' | 'language'; value: string; count: number }> = await this.dataSource.query(
      `WITH m AS (SELECT kind, ${CONTENT} AS c FROM policy_tools WHERE ${where})
       SELECT 'kind' AS facet, kind AS value, count(*)::int AS count FROM m GROUP BY kind
       UNION ALL SELECT 'country', v, count(*)::int FROM m, jsonb_array_elements_text(c -> 'countries') v GROUP BY v
       UNION ALL SELECT 'theme', v, count(*)::int FROM m, jsonb_array_elements_text(c -> 'themes') v GROUP BY v
       UNION ALL SELECT 'language', v, count(*)::int FROM m, jsonb_array_elements_text(c -> 'languages') v GROUP BY v
       ORDER BY 1, 3 DESC, 2`,
      params,
    );
    const out = { kind: [], country: [], theme: [], language: [] } as Record<
      'kind' | 'country' | 'theme' | 'language',
      Array<{ value: string; count: number }>
    >;
    for (const r of rows) out[r.facet].push({ value: r.value, count: r.count });
    return out;
  }

  /** The released tools whose current edition gives one of these practices as an example. */
  async citing(practiceId: string): Promise<PolicyToolRow[]> {
    return this.dataSource.query(
      `SELECT doc, revision FROM policy_tools WHERE status = 'RELEASED' AND doc -> 'citedPractices' ? $1 ORDER BY released_at DESC, id`,
      [practiceId],
    );
  }
}
