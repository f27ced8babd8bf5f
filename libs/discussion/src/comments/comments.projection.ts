import { documentProjection, type DocumentHandlers, type ProjectedEvent } from '@pfp/event-sourcing';
import { DISCUSSION_CATEGORY, evolveDiscussion, type Comment, type DiscussionEvent } from '../domain/discussion';

export const DISCUSSION_COMMENTS = 'discussion-comments';
export const DISCUSSION_COMMENTS_TABLES = ['discussion_comments'];

/** A comment as the read model keeps it: the domain's, with the ids of the events that wrote its text (for the feed's filter). */
export type CommentDocument = Comment & { eventIds: string[] };

/** One document per subject's discussion: every comment, oldest first, hidden and deleted ones too (the resolvers choose). */
export interface DiscussionDocument {
  id: string;
  subjectId: string;
  comments: CommentDocument[];
}

function apply(doc: DiscussionDocument | null, event: ProjectedEvent<DiscussionEvent>): DiscussionDocument | null {
  const before = doc
    ? { status: 'OPEN' as const, subjectId: doc.subjectId, comments: Object.fromEntries(doc.comments.map((c) => [c.id, c])) }
    : { status: 'NONE' as const };
  const after = evolveDiscussion(before, event);
  if (after.status === 'NONE') return doc;
  const eventIds = new Map((doc?.comments ?? []).map((c) => [c.id, c.eventIds]));
  const written = event.type === 'CommentPosted' || event.type === 'CommentEdited' ? event.data.commentId : null;
  const comments = Object.values(after.comments)
    .map((c) => {
      const ids = eventIds.get(c.id) ?? [];
      return { ...c, eventIds: c.id === written && !ids.includes(event.metadata.eventId) ? [...ids, event.metadata.eventId] : ids };
    })
    .sort((a, b) => a.postedAt.localeCompare(b.postedAt) || a.id.localeCompare(b.id));
  return { id: event.streamName, subjectId: after.subjectId, comments };
}

const handlers: DocumentHandlers<DiscussionDocument, DiscussionEvent> = {
  CommentPosted: apply,
  CommentEdited: apply,
  CommentDeleted: apply,
  ContentReported: apply,
  ContentHidden: apply,
  ContentRestored: apply,
  ReportsDismissed: apply,
};

const hidden = (d: DiscussionDocument) => d.comments.filter((c) => c.moderation.hidden !== null);

/** discussion_comments: a subject's comments; columns for lookups by comment, the hidden-content filter and the queue. */
export const discussionCommentsProjection = documentProjection<DiscussionDocument, DiscussionEvent>({
  name: DISCUSSION_COMMENTS,
  table: 'discussion_comments',
  category: DISCUSSION_CATEGORY,
  handlers,
  columns: [
    { name: 'subject_id', type: 'text', value: (d) => d.subjectId },
    { name: 'comment_ids', type: 'text[]', value: (d) => d.comments.map((c) => c.id) },
    { name: 'hidden_ids', type: 'text[]', value: (d) => hidden(d).flatMap((c) => [c.id, ...c.eventIds]) },
    { name: 'reported_ids', type: 'text[]', value: (d) => d.comments.filter((c) => c.moderation.reports.length > 0).map((c) => c.id) },
    { name: 'author_ids', type: 'text[]', value: (d) => [...new Set(d.comments.map((c) => c.authorAccountId))] },
  ],
});
