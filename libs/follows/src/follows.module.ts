import { Module, OnModuleInit } from '@nestjs/common';
import { Contributions, ContributionsModule } from '@pfp/contributions';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { MailModule } from '@pfp/mail';
import { feedProjection } from './feed/feed.projection';
import { FeedItemResolver } from './feed/feed-item.resolver';
import { FeedResolver } from './feed/feed.resolver';
import { feedReadProjection } from './feed-read/feed-read.projection';
import { FollowResolver } from './follow/follow.resolver';
import { Follows } from './follows-commands';
import { Follows1764600002000 } from './migrations/1764600002000-follows';
import { FeedReadItems1765100002000 } from './migrations/1765100002000-feed-read-items';
import { Digests } from './notifications/digests';
import { NotificationPreferenceResolver } from './notifications/notification-preference.resolver';

export const FOLLOWS_MIGRATIONS = [Follows1764600002000, FeedReadItems1765100002000];

/** Following subjects the other contexts contribute (libs/contributions), the feed fanned out from their events, digests. */
@Module({
  imports: [IdentityModule, MailModule, ContributionsModule],
  providers: [Follows.Handler, FollowResolver, FeedResolver, FeedItemResolver, NotificationPreferenceResolver, Digests],
  exports: [Digests],
})
export class FollowsModule implements OnModuleInit {
  constructor(
    private readonly projections: Projections,
    private readonly contributions: Contributions,
  ) {}

  onModuleInit(): void {
    this.projections.register(feedProjection(this.contributions));
    this.projections.register(feedReadProjection());
  }
}
