import { Module, OnModuleInit } from '@nestjs/common';
import { ContributionsModule } from '@pfp/contributions';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { MailModule } from '@pfp/mail';
import { ComposeNewsletterResolver } from './draft-newsletter-issue/compose.resolver';
import { Newsletter1765300000000 } from './migrations/1765300000000-newsletter';
import { NewsletterIssueCommands } from './newsletter-commands';
import { newsletterIssuesProjection } from './newsletter-issues/newsletter-issues.projection';
import { NewsletterIssuesResolver } from './newsletter-issues/newsletter-issues.resolver';
import { NewsletterSender } from './send-newsletter-issue/newsletter-sender';
import { OneClickUnsubscribeController } from './subscriptions/one-click-unsubscribe.controller';
import { NewsletterSubscriptions } from './subscriptions/subscriptions';
import { NewsletterSubscriptionsResolver } from './subscriptions/subscriptions.resolver';
import { NewsletterContributions } from './surface/newsletter.surface';

export const NEWSLETTER_MIGRATIONS = [Newsletter1765300000000];

/** The newsletter: issues the Support Unit composes from what was published, subscribers (double opt-in) and the mails to them. */
@Module({
  imports: [IdentityModule, MailModule, ContributionsModule],
  controllers: [OneClickUnsubscribeController],
  providers: [
    NewsletterIssueCommands.Handler,
    NewsletterSubscriptions,
    NewsletterSender,
    ComposeNewsletterResolver,
    NewsletterIssuesResolver,
    NewsletterSubscriptionsResolver,
    NewsletterContributions,
  ],
})
export class NewsletterModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(newsletterIssuesProjection);
  }
}
