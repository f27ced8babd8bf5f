export { LiveModule } from './live.module';
export { graphqlWsOptions } from './connection';
export { LivePublisher } from './live-publisher';
export { LIVE_PUBSUB, createPubSub } from './pubsub';
export { topics } from './messages';
export type { FeedMessage, FollowsMessage } from './messages';
