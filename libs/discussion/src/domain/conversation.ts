import type { DomainEvent } from '@pfp/kernel';
import { evolveCase, openCase, type ModerationCase, type ModerationEvent } from './moderation';

/** A message between two organisations' members: no e-mail address is ever in it. */
export interface Message {
  id: string;
  senderAccountId: string;
  senderOrganizationId: string;
  body: string;
  sentAt: string;
  moderation: ModerationCase;
}

export interface ConversationStartedData {
  conversationId: string;
  /** The practice, call or project it is about. */
  subjectId: string;
  starterOrganizationId: string;
  /** The organisation contacted: the subject's owner, or an organisation its owner answers. */
  withOrganizationId: string;
  startedAt: string;
}

export interface MessageSentData {
  messageId: string;
  body: string;
  senderAccountId: string;
  senderOrganizationId: string;
  sentAt: string;
}

export type ConversationEvent = DomainEvent<'ConversationStarted', ConversationStartedData> | DomainEvent<'MessageSent', MessageSentData> | ModerationEvent;

export const CONVERSATION_CATEGORY = 'conversation';

export type ConversationState =
  { status: 'NONE' } | { status: 'OPEN'; conversation: Omit<ConversationStartedData, 'conversationId'> & { id: string }; messages: Record<string, Message> };

export const initialConversationState = (): ConversationState => ({ status: 'NONE' });

export const participantsOf = (state: Extract<ConversationState, { status: 'OPEN' }>): string[] => [
  state.conversation.starterOrganizationId,
  state.conversation.withOrganizationId,
];

export function evolveConversation(state: ConversationState, event: ConversationEvent): ConversationState {
  if (event.type === 'ConversationStarted') {
    const { conversationId, ...rest } = event.data;
    return { status: 'OPEN', conversation: { id: conversationId, ...rest }, messages: {} };
  }
  if (state.status === 'NONE') return state;
  switch (event.type) {
    case 'MessageSent': {
      const { messageId, ...rest } = event.data;
      return { ...state, messages: { ...state.messages, [messageId]: { id: messageId, ...rest, moderation: openCase() } } };
    }
    case 'ContentReported':
    case 'ContentHidden':
    case 'ContentRestored':
    case 'ReportsDismissed': {
      const message = state.messages[event.data.contentId];
      if (!message) return state;
      return { ...state, messages: { ...state.messages, [message.id]: { ...message, moderation: evolveCase(message.moderation, event) } } };
    }
    default: {
      const unknown: never = event;
      throw new Error(`Unknown conversation event ${(unknown as ConversationEvent).type}`);
    }
  }
}
