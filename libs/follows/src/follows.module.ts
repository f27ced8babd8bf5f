import { Module, OnModuleInit } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { MailModule } from '@pfp/mail';
import { feedProjection } from './feed/feed.projection';
import { FeedResolver } from './feed/feed.resolver';
import { FollowResolver } from './follow/follow.resolver';
import { FollowsCommands } from './follows-commands';
import { Follows1764600002000 } from './migrations/1764600002000-follows';
import { Digests } from './notifications/digests';
import { NotificationPreferenceResolver } from './notifications/notification-preference.resolver';

export const FOLLOWS_MIGRATIONS = [Follows1764600002000];

@Module({
  imports: [IdentityModule, MailModule],
  providers: [FollowsCommands, FollowResolver, FeedResolver, NotificationPreferenceResolver, Digests],
  exports: [FollowsCommands, Digests],
})
export class FollowsModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(feedProjection);
  }
}
