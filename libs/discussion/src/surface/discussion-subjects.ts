import {
  categoryOf,
  clip,
  type Contributions,
  declareFollowSubjectKind,
  statesAfter,
  type FeedTexts,
  type FollowableSubject,
  type LiveMapping,
} from '@pfp/contributions';
import type { Actor } from '@pfp/kernel';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@pfp/event-store';
import { CONVERSATION_CATEGORY, participantsOf, type ConversationEvent } from '../domain/conversation';
import { conversationAggregate } from '../domain/decide';
import { DISCUSSION_CATEGORY, type DiscussionEvent } from '../domain/discussion';

export const DISCUSSION_SUBJECT_KIND = declareFollowSubjectKind('DISCUSSION');
export const CONVERSATION_SUBJECT_KIND = declareFollowSubjectKind('CONVERSATION');

export const commentTopic = (subjectId: string): string => `pfp.discussion.${subjectId}`;
export const messageTopic = (organizationId: string): string => `pfp.messages.${organizationId}`;

/** What commentPosted receives (JSON: it may cross Redis). */
export interface CommentLiveMessage {
  subjectId: string;
  commentId: string;
  parentId: string | null;
  authorOrganizationId: string;
  authorAccountId: string;
  body: string;
  postedAt: string;
}

/** What messageReceived receives. */
export interface MessageLiveMessage {
  conversationId: string;
  subjectId: string;
  organizationIds: string[];
  messageId: string;
  senderOrganizationId: string;
  body: string;
  sentAt: string;
}

const told = (text: string) => ({ text, metrics: [] });
const KIND_NAMES: Record<string, string> = { practice: 'a practice', callForAction: 'a call for action', project: 'a project', policyTool: 'a policy tool' };
const aboutOf = (subjectId: string) => KIND_NAMES[categoryOf(subjectId) ?? ''] ?? 'a subject';

/**
 * Discussion news in one feed group per subject (the feed groups by subject): comments and
 * replies, and the Support Unit's decisions with their reasons (so that an author following its
 * discussion is told why). The text of a comment is in its item: a hidden comment's items leave
 * the feed through the moderation registry.
 */
const DISCUSSION_FEED_TEXTS: FeedTexts<DiscussionEvent> = {
  CommentPosted: (d) => told(`${d.parentId ? 'New reply' : 'New comment'}: “${clip(d.body, 140)}”`),
  CommentDeleted: () => told('A comment was deleted by its author.'),
  ContentHidden: (d) => told(`A comment was hidden by the Support Unit. Why: ${d.reason}`),
  ContentRestored: () => told('A hidden comment was restored by the Support Unit.'),
};

const CONVERSATION_FEED_TEXTS: FeedTexts<ConversationEvent> = {
  MessageSent: (d) => told(`New message: “${clip(d.body, 140)}”`),
  ContentHidden: (d) => told(`A message was hidden by the Support Unit. Why: ${d.reason}`),
};

/** A subject's discussion can be followed by whoever may read the subject, before its first comment too. */
export function discussionSubject(contributions: Contributions, dataSource: DataSource): FollowableSubject<DiscussionEvent> {
  return {
    category: DISCUSSION_CATEGORY,
    kind: DISCUSSION_SUBJECT_KIND,
    mayFollow: async (id: string, actor: Actor) => {
      const uuid = id.slice(DISCUSSION_CATEGORY.length + 1);
      const [row]: Array<{ subject_id: string }> = await dataSource.query(`SELECT subject_id FROM discussion_comments WHERE id = $1`, [id]);
      const candidates = row ? [row.subject_id] : ['practice', 'callForAction', 'project', 'policyTool'].map((c) => `${c}-${uuid}`);
      for (const subjectId of candidates) {
        const subject = contributions.subjectOf(subjectId);
        if (subject && (await subject.mayFollow(subjectId, actor))) return true;
      }
      return false;
    },
    // titled after the subject discussed, as the feed knows it ("Discussion: <the practice's title>"), so each subject's discussion is a group of its own
    changes: { CommentPosted: (d) => ({ title: `Discussion of ${aboutOf(d.subjectId)}`, about: { subjectId: d.subjectId, prefix: 'Discussion: ' } }) },
    feedTexts: DISCUSSION_FEED_TEXTS,
    pageSubjectOf: async (id) =>
      ((await dataSource.query(`SELECT subject_id FROM discussion_comments WHERE id = $1`, [id])) as Array<{ subject_id: string }>)[0]?.subject_id ?? null,
    // the organisations a comment mentions are told of it, following or not (never the author's own)
    addressees: { CommentPosted: (d) => ({ organizations: d.mentions, except: d.authorOrganizationId }) },
  };
}

/** A conversation is followed by members of its two organisations only, and only they read its items. */
export function conversationSubject(dataSource: DataSource): FollowableSubject<ConversationEvent> {
  return {
    category: CONVERSATION_CATEGORY,
    kind: CONVERSATION_SUBJECT_KIND,
    mayFollow: async (id, actor) =>
      (await dataSource.query(`SELECT 1 FROM conversations WHERE id = $1 AND organization_ids @> ARRAY[$2]::text[]`, [id, actor.organizationId])).length > 0,
    changes: {
      ConversationStarted: (d) => ({
        title: `Conversation about ${aboutOf(d.subjectId)}`,
        readers: [d.starterOrganizationId, d.withOrganizationId],
        about: { subjectId: d.subjectId, prefix: 'Conversation: ' },
      }),
    },
    feedTexts: CONVERSATION_FEED_TEXTS,
    // a conversation has no public page: the site links its news to the conversations inbox
    pageSubjectOf: () => Promise.resolve(null),
    // the other side is told of each message from the first one, before any of its members writes (and so follows)
    addressees: { MessageSent: (d) => ({ readers: true, except: d.senderOrganizationId }) },
  };
}

/** New comments to commentPosted(subjectId), and to the live feed of the discussion's followers. */
export function discussionLiveMapping(dataSource: DataSource): LiveMapping {
  return {
    category: DISCUSSION_CATEGORY,
    async map(events) {
      const posted = events.filter((e) => e.type === 'CommentPosted' || e.type in DISCUSSION_FEED_TEXTS);
      if (posted.length === 0) return [];
      const hidden: Array<{ id: string }> = await dataSource.query(`SELECT unnest(hidden_ids) AS id FROM discussion_comments WHERE id = ANY($1)`, [
        [...new Set(posted.map((e) => e.streamName))],
      ]);
      const gone = new Set(hidden.map((h) => h.id));
      return posted.flatMap((event) => {
        const title = 'Discussion';
        if (event.type !== 'CommentPosted') return [{ event, subject: { title, readers: null } }];
        const d = event.data as Extract<DiscussionEvent, { type: 'CommentPosted' }>['data'];
        if (gone.has(d.commentId)) return [];
        const payload: CommentLiveMessage = { ...d, postedAt: d.postedAt };
        return [{ event, message: { topic: commentTopic(d.subjectId), payload }, subject: { title: `Discussion of ${aboutOf(d.subjectId)}`, readers: null } }];
      });
    },
  };
}

/**
 * New messages to messageReceived of both organisations' members, and to the live feed of the
 * conversation's followers. Its two organisations from the stream itself (the read model may
 * not have the conversation yet when its first message is published).
 */
export function conversationLiveMapping(store: EventStore): LiveMapping {
  return {
    category: CONVERSATION_CATEGORY,
    async map(events) {
      const sent = events.filter((e) => e.type === 'MessageSent');
      if (sent.length === 0) return [];
      return (await statesAfter(store, conversationAggregate, sent)).flatMap(({ event, state }) => {
        if (state.status !== 'OPEN') return [];
        const d = event.data as Extract<ConversationEvent, { type: 'MessageSent' }>['data'];
        const readers = participantsOf(state);
        const subjectId = state.conversation.subjectId;
        const payload: MessageLiveMessage = { conversationId: event.streamName, subjectId, organizationIds: readers, ...d };
        return readers.map((organizationId, i) => ({
          event,
          message: { topic: messageTopic(organizationId), payload },
          ...(i === 0 ? { subject: { title: `Conversation about ${aboutOf(subjectId)}`, readers } } : {}),
        }));
      });
    },
  };
}
