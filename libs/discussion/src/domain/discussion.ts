import type { DomainEvent } from '@pfp/kernel';
import { evolveCase, openCase, type ModerationCase, type ModerationEvent } from './moderation';

/** One comment of a subject's discussion; a reply names its parent (one level of replies). */
export interface Comment {
  id: string;
  parentId: string | null;
  authorAccountId: string;
  authorOrganizationId: string;
  body: string;
  mentions: string[];
  postedAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  moderation: ModerationCase;
}

export interface CommentPostedData {
  commentId: string;
  subjectId: string;
  parentId: string | null;
  body: string;
  mentions: string[];
  authorAccountId: string;
  authorOrganizationId: string;
  postedAt: string;
}

export type DiscussionEvent =
  | DomainEvent<'CommentPosted', CommentPostedData>
  | DomainEvent<'CommentEdited', { commentId: string; body: string; mentions: string[]; editedAt: string }>
  /** The text is gone; the comment stays in place as "deleted", with its replies. */
  | DomainEvent<'CommentDeleted', { commentId: string; deletedAt: string }>
  | ModerationEvent;

export const DISCUSSION_CATEGORY = 'discussion';

export type DiscussionState = { status: 'NONE' } | { status: 'OPEN'; subjectId: string; comments: Record<string, Comment> };

export const initialDiscussionState = (): DiscussionState => ({ status: 'NONE' });

/** The discussion stream of a subject: `discussion-<the subject's uuid>`. */
export const discussionStreamOf = (subjectId: string): string => `${DISCUSSION_CATEGORY}-${subjectId.slice(subjectId.indexOf('-') + 1)}`;

/** A comment's minutes of grace: its author may edit it this long after posting. */
export const EDIT_WINDOW_MS = 15 * 60_000;

function withComment(state: Extract<DiscussionState, { status: 'OPEN' }>, id: string, change: (c: Comment) => Comment): DiscussionState {
  const comment = state.comments[id];
  return comment ? { ...state, comments: { ...state.comments, [id]: change(comment) } } : state;
}

export function evolveDiscussion(state: DiscussionState, event: DiscussionEvent): DiscussionState {
  if (event.type === 'CommentPosted') {
    const d = event.data;
    const comment: Comment = {
      id: d.commentId,
      parentId: d.parentId,
      authorAccountId: d.authorAccountId,
      authorOrganizationId: d.authorOrganizationId,
      body: d.body,
      mentions: d.mentions,
      postedAt: d.postedAt,
      editedAt: null,
      deletedAt: null,
      moderation: openCase(),
    };
    const comments = state.status === 'OPEN' ? state.comments : {};
    return { status: 'OPEN', subjectId: d.subjectId, comments: { ...comments, [comment.id]: comment } };
  }
  if (state.status === 'NONE') return state;
  switch (event.type) {
    case 'CommentEdited':
      return withComment(state, event.data.commentId, (c) => ({ ...c, body: event.data.body, mentions: event.data.mentions, editedAt: event.data.editedAt }));
    case 'CommentDeleted':
      return withComment(state, event.data.commentId, (c) => ({ ...c, body: '', mentions: [], deletedAt: event.data.deletedAt }));
    case 'ContentReported':
    case 'ContentHidden':
    case 'ContentRestored':
    case 'ReportsDismissed':
      return withComment(state, event.data.contentId, (c) => ({ ...c, moderation: evolveCase(c.moderation, event) }));
    default: {
      const unknown: never = event;
      throw new Error(`Unknown discussion event ${(unknown as DiscussionEvent).type}`);
    }
  }
}
