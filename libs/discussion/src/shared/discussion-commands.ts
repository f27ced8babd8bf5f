import { aggregateCommands } from '@pfp/event-sourcing';
import { DISCUSSION_COMMENTS } from '../comments/comments.projection';
import { CONVERSATIONS } from '../conversations/conversations.projection';
import { conversationAggregate, discussionAggregate, itemModerationAggregate } from '../domain/decide';
import { ITEM_MODERATION } from '../moderation/item-moderation.projection';

/** The three aggregates on the CommandBus: each returns once its read model has the write. */
export const DiscussionCommands = aggregateCommands(discussionAggregate, { readModels: [DISCUSSION_COMMENTS] });
export const ConversationCommands = aggregateCommands(conversationAggregate, { readModels: [CONVERSATIONS] });
export const ItemModerationCommands = aggregateCommands(itemModerationAggregate, { readModels: [ITEM_MODERATION] });
