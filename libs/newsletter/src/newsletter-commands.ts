import { aggregateCommands } from '@pfp/event-sourcing';
import { newsletterIssueAggregate } from './domain/decide';
import { NEWSLETTER_ISSUES } from './newsletter-issues/newsletter-issues.projection';

/** The newsletter issue aggregate on the CommandBus; a command returns once the issues' read model has it. */
export const NewsletterIssueCommands = aggregateCommands(newsletterIssueAggregate, { readModels: [NEWSLETTER_ISSUES] });
