import { Module, OnModuleInit } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { discussionCommentsProjection } from './comments/comments.projection';
import { CommentsResolver } from './comments/comments.resolver';
import { conversationsProjection } from './conversations/conversations.projection';
import { ConversationsResolver } from './conversations/conversations.resolver';
import { CommentsExportController } from './export/comments-export.controller';
import { Discussion1764900000000 } from './migrations/1764900000000-discussion';
import { itemModerationProjection } from './moderation/item-moderation.projection';
import { ModerationResolver } from './moderation/moderation.resolver';
import { ConversationCommands, DiscussionCommands, ItemModerationCommands } from './shared/discussion-commands';
import { Mentions } from './shared/mentions';
import { DiscussionLiveResolver } from './surface/discussion-live.resolver';
import { DiscussionSurface } from './surface/discussion.surface';

export const DISCUSSION_MIGRATIONS = [Discussion1764900000000];
export const DISCUSSION_PROJECTIONS = [discussionCommentsProjection, conversationsProjection, itemModerationProjection];

/**
 * Discussion, messages and moderation (issue 14): comments on any followable subject of
 * another context, conversations between two organisations, and the Support Unit's
 * moderation of comments, messages and published items, offered to every public read path
 * through the Moderation registry of libs/contributions.
 */
@Module({
  imports: [IdentityModule, DiscussionSurface],
  controllers: [CommentsExportController],
  providers: [
    DiscussionCommands.Handler,
    ConversationCommands.Handler,
    ItemModerationCommands.Handler,
    CommentsResolver,
    ConversationsResolver,
    ModerationResolver,
    DiscussionLiveResolver,
    Mentions,
  ],
})
export class DiscussionModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    for (const projection of DISCUSSION_PROJECTIONS) this.projections.register(projection);
  }
}
