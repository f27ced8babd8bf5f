import { NotFoundError } from '@pfp/kernel';
import type { DataSource } from 'typeorm';
import { NEWSLETTER_ERRORS } from '../domain/errors';
import type { NewsletterIssueDocument } from './newsletter-issues.projection';

export interface IssueRow {
  doc: NewsletterIssueDocument;
  revision: number;
}

export async function loadIssue(dataSource: DataSource, id: string): Promise<IssueRow | null> {
  const [row] = (await dataSource.query(`SELECT doc, revision FROM newsletter_issues WHERE id = $1`, [id])) as IssueRow[];
  return row ?? null;
}

/** The issue, or NOT_FOUND; a draft reads as not found to anyone but the Support Unit. */
export async function requireIssue(dataSource: DataSource, id: string, mayReadDrafts: boolean): Promise<IssueRow> {
  const row = await loadIssue(dataSource, id);
  if (!row || (row.doc.status !== 'SENT' && !mayReadDrafts)) throw new NotFoundError(NEWSLETTER_ERRORS.NOT_FOUND, 'There is no such newsletter issue.');
  return row;
}
