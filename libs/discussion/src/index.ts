export { DiscussionModule, DISCUSSION_MIGRATIONS, DISCUSSION_PROJECTIONS } from './discussion.module';
export { discussionAggregate, conversationAggregate, itemModerationAggregate } from './domain/decide';
export { DISCUSSION_ERRORS, MODERATION_ERRORS } from './domain/errors';
export { discussionStreamOf } from './domain/discussion';
export { GUARDS } from './domain/guards';
export type { DiscussionEvent } from './domain/discussion';
export type { ConversationEvent } from './domain/conversation';
