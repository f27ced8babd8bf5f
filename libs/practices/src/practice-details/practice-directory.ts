import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * What other contexts may ask of practices: which of these ids name a practice everyone can
 * open (published, a revision in review included; not archived). A call for action links only
 * such a practice. Over the practice-details read model, which a publication has reached by
 * the time its mutation answers.
 */
@Injectable()
export class PracticeDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async publishedAmong(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM practice_details WHERE id = ANY($1::text[]) AND status <> 'ARCHIVED' AND jsonb_typeof(doc -> 'published') = 'object'`,
      [[...new Set(ids)]],
    );
    return new Set(rows.map((r) => r.id));
  }
}
