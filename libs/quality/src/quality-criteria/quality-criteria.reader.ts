import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QUALITY_CRITERIA_ID, type QualityCriteria, type QualityCriterion } from '../domain/quality-criteria';

/** Reads the set of criteria (the quality-criteria read model); what other contexts ask through @pfp/quality. */
@Injectable()
export class QualityCriteriaReader {
  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<{ doc: QualityCriteria; revision: number }> {
    const rows: Array<{ doc: QualityCriteria; revision: number }> = await this.dataSource.query(`SELECT doc, revision FROM quality_criteria WHERE id = $1`, [
      QUALITY_CRITERIA_ID,
    ]);
    return rows[0] ?? { doc: { criteria: [] }, revision: -1 };
  }

  /** The criteria in use (not retired), in order. */
  async active(): Promise<QualityCriterion[]> {
    return (await this.current()).doc.criteria.filter((c) => c.status === 'ACTIVE');
  }
}
