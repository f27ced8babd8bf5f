import type { Command } from '@pfp/kernel';
import type { IssueContent, IssueItem } from './newsletter-issue';

export type NewsletterIssueCommand =
  /** The resolver gathered `items` from the newsletter registry for [coversFrom, coversUntil). */
  | Command<'DraftNewsletterIssue', IssueContent & { coversFrom: string | null; coversUntil: string }>
  /** Absent keys stay as they were; `itemIds` keeps, drops and orders the gathered items (no other link can enter). */
  | Command<'EditNewsletterIssue', { title?: string; introduction?: string; itemIds?: string[] }>
  | Command<'SendNewsletterIssue'>;

export type { IssueItem };
