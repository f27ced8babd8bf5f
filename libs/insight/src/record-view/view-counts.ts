import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ViewCount {
  last30Days: number;
  total: number;
}

/** subject_views_daily: one counter per subject and day, added to in one statement. */
@Injectable()
export class ViewCounts {
  constructor(private readonly dataSource: DataSource) {}

  async add(subjectId: string, day: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO subject_views_daily (subject_id, day, views) VALUES ($1, $2::date, 1)
       ON CONFLICT (subject_id, day) DO UPDATE SET views = subject_views_daily.views + 1`,
      [subjectId, day],
    );
  }

  /** Each subject's views in the 30 days up to `today` (included) and in all. */
  async of(subjectIds: string[], today: string): Promise<Map<string, ViewCount>> {
    if (subjectIds.length === 0) return new Map();
    const rows: Array<{ subject_id: string; last30: number; total: number }> = await this.dataSource.query(
      `SELECT subject_id, coalesce(sum(views) FILTER (WHERE day > $2::date - 30), 0)::int AS last30, sum(views)::int AS total
       FROM subject_views_daily WHERE subject_id = ANY($1::text[]) GROUP BY subject_id`,
      [subjectIds, today],
    );
    return new Map(rows.map((r) => [r.subject_id, { last30Days: r.last30, total: r.total }]));
  }
}
