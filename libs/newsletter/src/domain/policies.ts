import { supportUnitOnly, type Policies } from '@pfp/kernel';
import type { NewsletterIssueCommand } from './commands';
import type { NewsletterIssueState } from './newsletter-issue';

/** The Support Unit composes and sends the newsletter (DESIGN.md, actors); subscribing is no command of this aggregate. */
export const newsletterIssuePolicies: Policies<NewsletterIssueState, NewsletterIssueCommand> = {
  DraftNewsletterIssue: supportUnitOnly,
  EditNewsletterIssue: supportUnitOnly,
  SendNewsletterIssue: supportUnitOnly,
};
