import { documentProjection, type DocumentHandlers, type ProjectedEvent } from '@pfp/event-sourcing';
import { CONVERSATION_CATEGORY, evolveConversation, type ConversationEvent, type ConversationState, type Message } from '../domain/conversation';

export const CONVERSATIONS = 'conversations';
export const CONVERSATIONS_TABLES = ['conversations'];

/** One document per conversation: its two organisations and its messages, oldest first. */
export interface ConversationDocument {
  id: string;
  subjectId: string;
  starterOrganizationId: string;
  withOrganizationId: string;
  startedAt: string;
  lastMessageAt: string;
  messages: Array<Message & { eventId: string }>;
}

function apply(doc: ConversationDocument | null, event: ProjectedEvent<ConversationEvent>): ConversationDocument | null {
  const before: ConversationState = doc
    ? {
        status: 'OPEN',
        conversation: {
          id: doc.id,
          subjectId: doc.subjectId,
          starterOrganizationId: doc.starterOrganizationId,
          withOrganizationId: doc.withOrganizationId,
          startedAt: doc.startedAt,
        },
        messages: Object.fromEntries(doc.messages.map((m) => [m.id, m])),
      }
    : { status: 'NONE' };
  const after = evolveConversation(before, event);
  if (after.status === 'NONE') return doc;
  const eventIds = new Map((doc?.messages ?? []).map((m) => [m.id, m.eventId]));
  const messages = Object.values(after.messages)
    .map((m) => ({ ...m, eventId: eventIds.get(m.id) ?? event.metadata.eventId }))
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
  const { id, ...conversation } = after.conversation;
  return { id, ...conversation, lastMessageAt: messages.at(-1)?.sentAt ?? conversation.startedAt, messages };
}

const handlers: DocumentHandlers<ConversationDocument, ConversationEvent> = {
  ConversationStarted: apply,
  MessageSent: apply,
  ContentReported: apply,
  ContentHidden: apply,
  ContentRestored: apply,
  ReportsDismissed: apply,
};

/** conversations: each with the organisations that may read it and the ids of its messages. */
export const conversationsProjection = documentProjection<ConversationDocument, ConversationEvent>({
  name: CONVERSATIONS,
  table: 'conversations',
  category: CONVERSATION_CATEGORY,
  handlers,
  columns: [
    { name: 'organization_ids', type: 'text[]', value: (d) => [d.starterOrganizationId, d.withOrganizationId] },
    { name: 'message_ids', type: 'text[]', value: (d) => d.messages.map((m) => m.id) },
    { name: 'hidden_ids', type: 'text[]', value: (d) => d.messages.filter((m) => m.moderation.hidden).flatMap((m) => [m.id, m.eventId]) },
    { name: 'reported_ids', type: 'text[]', value: (d) => d.messages.filter((m) => m.moderation.reports.length > 0).map((m) => m.id) },
    { name: 'author_ids', type: 'text[]', value: (d) => [...new Set(d.messages.map((m) => m.senderAccountId))] },
    { name: 'last_message_at', type: 'timestamptz', value: (d) => d.lastMessageAt },
  ],
});
