export { NewsletterModule, NEWSLETTER_MIGRATIONS } from './newsletter.module';
export { newsletterIssueAggregate } from './domain/decide';
export { NEWSLETTER_ERRORS } from './domain/errors';
export type { NewsletterIssueCommand } from './domain/commands';
export type { NewsletterIssueEvent, NewsletterIssueState } from './domain/newsletter-issue';
export { NewsletterTokens } from './subscriptions/tokens';
