import type { Command } from '@pfp/kernel';
import type { WritingFacts } from './guards';
import type { ModerationData } from './moderation';

export interface PostCommentData {
  commentId: string;
  subjectId: string;
  parentId: string | null;
  body: string;
  /** The organisations the body mentions that may read the subject (read by the use case: names are resolved there). */
  mentions: string[];
  facts: WritingFacts;
}

/** The Support Unit's and the reporters' commands, the same on every stream of moderated content. */
export type ModerationCommand =
  | Command<'ReportContent', ModerationData>
  | Command<'HideContent', ModerationData>
  | Command<'RestoreContent', ModerationData>
  | Command<'DismissReport', ModerationData>;

export type DiscussionCommand =
  | Command<'PostComment', PostCommentData>
  | Command<'EditComment', { commentId: string; body: string; mentions: string[] }>
  | Command<'DeleteComment', { commentId: string }>
  | ModerationCommand;

export type ConversationCommand =
  | Command<
      'StartConversation',
      {
        conversationId: string;
        subjectId: string;
        withOrganizationId: string;
        /** The subject's owners, as its context tells (read by the use case): one side of the conversation must be one of them. */
        ownerOrganizationIds: string[];
        messageId: string;
        body: string;
        facts: WritingFacts;
      }
    >
  | Command<'SendMessage', { messageId: string; body: string; facts: WritingFacts }>
  | ModerationCommand;

type ItemData = ModerationData & { ownerOrganizationId: string | null };

/** On an item of another context; the first report (or a hiding) records whose it is. */
export type ItemModerationCommand =
  Command<'ReportContent', ItemData> | Command<'HideContent', ItemData> | Command<'RestoreContent', ItemData> | Command<'DismissReport', ItemData>;
