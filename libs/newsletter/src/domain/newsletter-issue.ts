import type { DomainEvent } from '@pfp/kernel';

/** One publication an issue lists, as its context described it when the issue was drafted. */
export interface IssueItem {
  subjectId: string;
  /** PRACTICE, CALL_FOR_ACTION, PROJECT, POLICY_TOOL_EDITION, FIGURE. */
  kind: string;
  title: string;
  summary: string | null;
  /** The subject's page, from the site's root. */
  path: string;
  publishedAt: string;
}

export interface IssueContent {
  title: string;
  /** The Support Unit's words before the list (plain text; never rendered as HTML). */
  introduction: string;
  items: IssueItem[];
}

export type NewsletterIssueEvent =
  | DomainEvent<
      'NewsletterIssueDrafted',
      IssueContent & {
        /** What it gathers: published in [coversFrom, coversUntil); null from the beginning. */
        coversFrom: string | null;
        coversUntil: string;
        draftedBy: string;
        draftedAt: string;
      }
    >
  | DomainEvent<'NewsletterIssueEdited', IssueContent & { editedAt: string }>
  | DomainEvent<'NewsletterIssueSent', { sentBy: string; sentAt: string }>;

export interface IssueDetails extends IssueContent {
  /** What the draft gathered: an edit keeps, drops and orders these. */
  gathered: IssueItem[];
  coversFrom: string | null;
  coversUntil: string;
  draftedAt: string;
}

/** One stream per issue, `newsletterIssue-<uuid>`: drafted, edited while a draft, sent once. */
export type NewsletterIssueState = { status: 'NONE' } | { status: 'DRAFT'; issue: IssueDetails } | { status: 'SENT'; issue: IssueDetails & { sentAt: string } };

export const initialNewsletterIssueState = (): NewsletterIssueState => ({ status: 'NONE' });

export function evolveNewsletterIssue(state: NewsletterIssueState, event: NewsletterIssueEvent): NewsletterIssueState {
  switch (event.type) {
    case 'NewsletterIssueDrafted': {
      const { title, introduction, items, coversFrom, coversUntil, draftedAt } = event.data;
      return { status: 'DRAFT', issue: { title, introduction, items, gathered: items, coversFrom, coversUntil, draftedAt } };
    }
    case 'NewsletterIssueEdited':
      if (state.status !== 'DRAFT') return state;
      return { status: 'DRAFT', issue: { ...state.issue, title: event.data.title, introduction: event.data.introduction, items: event.data.items } };
    case 'NewsletterIssueSent':
      if (state.status !== 'DRAFT') return state;
      return { status: 'SENT', issue: { ...state.issue, sentAt: event.data.sentAt } };
    default: {
      const unknown: never = event;
      throw new Error(`Unknown newsletter issue event ${(unknown as NewsletterIssueEvent).type}`);
    }
  }
}
