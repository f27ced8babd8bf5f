import { ConflictError, NotFoundError, UnauthenticatedError, ValidationError, type Actor, type Aggregate } from '@pfp/kernel';
import type { ConversationCommand, DiscussionCommand, ItemModerationCommand } from './commands';
import { CONVERSATION_CATEGORY, evolveConversation, initialConversationState, type ConversationEvent, type ConversationState } from './conversation';
import {
  DISCUSSION_CATEGORY,
  EDIT_WINDOW_MS,
  evolveDiscussion,
  initialDiscussionState,
  type Comment,
  type DiscussionEvent,
  type DiscussionState,
} from './discussion';
import { DISCUSSION_ERRORS, MODERATION_ERRORS } from './errors';
import { bodyOf, checkWriting } from './guards';
import { decideModeration } from './moderation';
import { conversationPolicies, discussionPolicies, itemModerationPolicies } from './policies';
import {
  evolveItemModeration,
  initialItemModerationState,
  ITEM_MODERATION_CATEGORY,
  type ItemModerationEvent,
  type ItemModerationState,
} from './published-item';

function by(command: { actor: Actor | null }): Actor {
  if (!command.actor) throw new UnauthenticatedError();
  return command.actor;
}

function commentOf(state: DiscussionState, commentId: string): Comment {
  const comment = state.status === 'OPEN' ? state.comments[commentId] : undefined;
  if (!comment) throw new NotFoundError(DISCUSSION_ERRORS.COMMENT_NOT_FOUND, 'There is no such comment.');
  return comment;
}

/** The rules of a subject's discussion; who may send each command is in `discussionPolicies`, run before. */
export function decideDiscussion(command: DiscussionCommand, state: DiscussionState): DiscussionEvent[] {
  const actor = by(command);
  switch (command.type) {
    case 'PostComment': {
      const d = command.data;
      if (state.status === 'OPEN' && state.comments[d.commentId]) throw new ConflictError(DISCUSSION_ERRORS.ALREADY_POSTED, 'This comment exists already.');
      const body = bodyOf(d.body);
      if (d.parentId !== null) {
        const parent = state.status === 'OPEN' ? state.comments[d.parentId] : undefined;
        if (!parent)
          throw new ValidationError(DISCUSSION_ERRORS.COMMENT_NOT_FOUND, 'There is no such comment to reply to.', {
            parentId: 'must be a comment of this subject',
          });
        if (parent.parentId !== null)
          throw new ValidationError(DISCUSSION_ERRORS.ONE_LEVEL_OF_REPLIES, 'Reply to the comment itself: replies have no replies.', {
            parentId: 'must not be a reply',
          });
      }
      checkWriting('comment', body, d.facts);
      return [
        {
          type: 'CommentPosted',
          data: {
            commentId: d.commentId,
            subjectId: d.subjectId,
            parentId: d.parentId,
            body,
            mentions: [...new Set(d.mentions)],
            authorAccountId: actor.accountId,
            authorOrganizationId: actor.organizationId,
            postedAt: command.at,
          },
        },
      ];
    }
    case 'EditComment': {
      const comment = commentOf(state, command.data.commentId);
      if (comment.deletedAt) throw new ValidationError(DISCUSSION_ERRORS.DELETED, 'This comment was deleted.');
      if (comment.moderation.hidden) throw new ValidationError(DISCUSSION_ERRORS.HIDDEN, 'This comment was hidden by the Support Unit.');
      if (Date.parse(command.at) - Date.parse(comment.postedAt) > EDIT_WINDOW_MS)
        throw new ValidationError(DISCUSSION_ERRORS.EDIT_WINDOW_PASSED, 'A comment may be edited for 15 minutes after posting.');
      const body = bodyOf(command.data.body);
      if (body === comment.body) return [];
      return [{ type: 'CommentEdited', data: { commentId: comment.id, body, mentions: [...new Set(command.data.mentions)], editedAt: command.at } }];
    }
    case 'DeleteComment': {
      const comment = commentOf(state, command.data.commentId);
      if (comment.deletedAt) return [];
      return [{ type: 'CommentDeleted', data: { commentId: comment.id, deletedAt: command.at } }];
    }
    case 'ReportContent':
    case 'HideContent':
    case 'RestoreContent':
    case 'DismissReport': {
      const comment = commentOf(state, command.data.contentId);
      if (comment.deletedAt && command.type === 'ReportContent') throw new ValidationError(DISCUSSION_ERRORS.DELETED, 'This comment was deleted.');
      return decideModeration(command.type, command.data, actor, command.at, comment.moderation, comment.authorOrganizationId);
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as DiscussionCommand).type}`);
    }
  }
}

/** The rules of a conversation between two organisations. */
export function decideConversation(command: ConversationCommand, state: ConversationState): ConversationEvent[] {
  const actor = by(command);
  switch (command.type) {
    case 'StartConversation': {
      const d = command.data;
      if (state.status !== 'NONE') throw new ConflictError(DISCUSSION_ERRORS.ALREADY_STARTED, 'This conversation exists already.');
      if (d.withOrganizationId === actor.organizationId)
        throw new ValidationError(DISCUSSION_ERRORS.OWN_ORGANIZATION, 'A conversation is with another organisation.', {
          withOrganizationId: 'must not be your own organisation',
        });
      // "contact the owner", or the owner answering anyone (an organisation interested in its practice, a responder)
      if (!d.ownerOrganizationIds.includes(d.withOrganizationId) && !d.ownerOrganizationIds.includes(actor.organizationId))
        throw new ValidationError(DISCUSSION_ERRORS.NOT_THE_OWNER, 'A conversation about a subject is with its owner.', {
          withOrganizationId: 'must be an owner of the subject',
        });
      const body = bodyOf(d.body);
      checkWriting('message', body, d.facts);
      return [
        {
          type: 'ConversationStarted',
          data: {
            conversationId: d.conversationId,
            subjectId: d.subjectId,
            starterOrganizationId: actor.organizationId,
            withOrganizationId: d.withOrganizationId,
            startedAt: command.at,
          },
        },
        {
          type: 'MessageSent',
          data: { messageId: d.messageId, body, senderAccountId: actor.accountId, senderOrganizationId: actor.organizationId, sentAt: command.at },
        },
      ];
    }
    case 'SendMessage': {
      if (state.status === 'NONE') throw new NotFoundError(DISCUSSION_ERRORS.CONVERSATION_NOT_FOUND, 'There is no such conversation.');
      if (state.messages[command.data.messageId]) throw new ConflictError(DISCUSSION_ERRORS.ALREADY_POSTED, 'This message exists already.');
      const body = bodyOf(command.data.body);
      checkWriting('message', body, command.data.facts);
      const data = {
        messageId: command.data.messageId,
        body,
        senderAccountId: actor.accountId,
        senderOrganizationId: actor.organizationId,
        sentAt: command.at,
      };
      return [{ type: 'MessageSent', data }];
    }
    case 'ReportContent':
    case 'HideContent':
    case 'RestoreContent':
    case 'DismissReport': {
      const message = state.status === 'OPEN' ? state.messages[command.data.contentId] : undefined;
      if (!message) throw new NotFoundError(DISCUSSION_ERRORS.MESSAGE_NOT_FOUND, 'There is no such message.');
      return decideModeration(command.type, command.data, actor, command.at, message.moderation, message.senderOrganizationId);
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as ConversationCommand).type}`);
    }
  }
}

/** Reports and decisions on a published item of another context. */
export function decideItemModeration(command: ItemModerationCommand, state: ItemModerationState): ItemModerationEvent[] {
  const actor = by(command);
  const { contentId, ownerOrganizationId } = command.data;
  if (state.status === 'NONE') {
    if (command.type === 'RestoreContent') throw new ValidationError(MODERATION_ERRORS.NOT_HIDDEN, 'This is not hidden.');
    if (command.type === 'DismissReport') throw new ValidationError(MODERATION_ERRORS.NO_OPEN_REPORT, 'There is no open report of this.');
    const opened = evolveItemModeration(state, { type: 'ItemUnderModeration', data: { itemId: contentId, ownerOrganizationId } });
    if (opened.status === 'NONE') throw new Error('unreachable');
    return [
      { type: 'ItemUnderModeration', data: { itemId: contentId, ownerOrganizationId } },
      ...decideModeration(command.type, command.data, actor, command.at, opened.moderation, ownerOrganizationId),
    ];
  }
  return decideModeration(command.type, command.data, actor, command.at, state.moderation, state.ownerOrganizationId);
}

/** A subject's comments: streams `discussion-<the subject's uuid>`. */
export const discussionAggregate: Aggregate<DiscussionState, DiscussionCommand, DiscussionEvent> = {
  category: DISCUSSION_CATEGORY,
  initialState: initialDiscussionState,
  decide: decideDiscussion,
  evolve: evolveDiscussion,
  policies: discussionPolicies,
};

/** Conversations between two organisations: streams `conversation-<uuid>`. */
export const conversationAggregate: Aggregate<ConversationState, ConversationCommand, ConversationEvent> = {
  category: CONVERSATION_CATEGORY,
  initialState: initialConversationState,
  decide: decideConversation,
  evolve: evolveConversation,
  policies: conversationPolicies,
};

/** Moderation of other contexts' published items: streams `moderation-<the item's uuid>`. */
export const itemModerationAggregate: Aggregate<ItemModerationState, ItemModerationCommand, ItemModerationEvent> = {
  category: ITEM_MODERATION_CATEGORY,
  initialState: initialItemModerationState,
  decide: decideItemModeration,
  evolve: evolveItemModeration,
  policies: itemModerationPolicies,
};
