import { all, allow, deny, requireSignIn, type Actor, type Decision, type Policies } from '@pfp/kernel';
import type { ConversationCommand, DiscussionCommand, ItemModerationCommand } from './commands';
import { participantsOf, type ConversationState } from './conversation';
import type { DiscussionState } from './discussion';
import { DISCUSSION_ERRORS, MODERATION_ERRORS } from './errors';
import type { ItemModerationState } from './published-item';

/*
 * Who may send each command. Any signed-in member of any organisation comments, replies and
 * reports (states and partners alike: DESIGN.md's actor table); only its author edits or
 * deletes a comment; only the two organisations of a conversation write in it; only the
 * Support Unit moderates. A command on a comment that does not exist is let through, so the
 * decider answers NOT_FOUND.
 */

const supportUnit = (actor: Actor | null): Decision =>
  all(requireSignIn(actor), () =>
    actor!.organizationKind === 'SUPPORT_UNIT' ? allow() : deny(MODERATION_ERRORS.SUPPORT_UNIT_ONLY, 'Only the Support Unit moderates.'),
  );

const author = (actor: Actor | null, state: DiscussionState, command: { data: { commentId: string } }): Decision =>
  all(requireSignIn(actor), () => {
    const comment = state.status === 'OPEN' ? state.comments[command.data.commentId] : undefined;
    return !comment || comment.authorAccountId === actor!.accountId ? allow() : deny(DISCUSSION_ERRORS.NOT_AUTHOR, 'Only its author may change a comment.');
  });

export const discussionPolicies: Policies<DiscussionState, DiscussionCommand> = {
  PostComment: (actor) => requireSignIn(actor),
  EditComment: author,
  DeleteComment: author,
  ReportContent: (actor) => requireSignIn(actor),
  HideContent: supportUnit,
  RestoreContent: supportUnit,
  DismissReport: supportUnit,
};

/** A conversation is its two organisations' (the Support Unit sees a message only when it is reported). */
const participant = (actor: Actor | null, state: ConversationState): Decision =>
  all(requireSignIn(actor), () =>
    state.status === 'NONE' || participantsOf(state).includes(actor!.organizationId)
      ? allow()
      : deny(DISCUSSION_ERRORS.NOT_PARTICIPANT, 'Only the two organisations of a conversation write in it.'),
  );

export const conversationPolicies: Policies<ConversationState, ConversationCommand> = {
  StartConversation: (actor) => requireSignIn(actor),
  SendMessage: participant,
  ReportContent: participant,
  HideContent: supportUnit,
  RestoreContent: supportUnit,
  DismissReport: supportUnit,
};

export const itemModerationPolicies: Policies<ItemModerationState, ItemModerationCommand> = {
  ReportContent: (actor) => requireSignIn(actor),
  HideContent: supportUnit,
  RestoreContent: supportUnit,
  DismissReport: supportUnit,
};
