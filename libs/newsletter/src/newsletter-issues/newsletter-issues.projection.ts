import { documentProjection, type DocumentHandlers, type ProjectedEvent } from '@pfp/event-sourcing';
import { evolveNewsletterIssue, type IssueDetails, type NewsletterIssueEvent, type NewsletterIssueState } from '../domain/newsletter-issue';

export const NEWSLETTER_ISSUES = 'newsletter-issues';

export interface NewsletterIssueDocument extends IssueDetails {
  id: string;
  status: 'DRAFT' | 'SENT';
  sentAt: string | null;
  updatedAt: string;
}

const stateOf = (doc: NewsletterIssueDocument | null): NewsletterIssueState => {
  if (!doc) return { status: 'NONE' };
  const { id: _id, status, sentAt, updatedAt: _u, ...issue } = doc;
  return status === 'SENT' ? { status, issue: { ...issue, sentAt: sentAt! } } : { status, issue };
};

const evolve = (doc: NewsletterIssueDocument | null, event: ProjectedEvent<NewsletterIssueEvent>): NewsletterIssueDocument | null => {
  const next = evolveNewsletterIssue(stateOf(doc), event);
  if (next.status === 'NONE') return null;
  const sentAt = next.status === 'SENT' ? next.issue.sentAt : null;
  const { sentAt: _s, ...issue } = next.issue as IssueDetails & { sentAt?: string };
  return { ...issue, id: event.streamName, status: next.status, sentAt, updatedAt: event.metadata.occurredAt };
};

const handlers: DocumentHandlers<NewsletterIssueDocument, NewsletterIssueEvent> = {
  NewsletterIssueDrafted: evolve,
  NewsletterIssueEdited: evolve,
  NewsletterIssueSent: evolve,
};

/** One row per issue: the archive (sent ones, newest first) and the Support Unit's drafts. */
export const newsletterIssuesProjection = documentProjection<NewsletterIssueDocument, NewsletterIssueEvent>({
  name: NEWSLETTER_ISSUES,
  table: 'newsletter_issues',
  category: 'newsletterIssue',
  handlers,
  columns: [
    { name: 'status', type: 'text', value: (d) => d.status },
    { name: 'drafted_at', type: 'timestamptz', value: (d) => d.draftedAt },
    { name: 'sent_at', type: 'timestamptz', value: (d) => d.sentAt },
  ],
});
