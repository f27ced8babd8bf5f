export { FollowsModule, FOLLOWS_MIGRATIONS } from './follows.module';
export { FollowsCommands } from './follows-commands';
export { Digests, digestText } from './notifications/digests';
export { FEED, feedProjection } from './feed/feed.projection';
export { feedItemOf, describeEvent, titleOf } from './feed/feed-item';
export type { FeedItemData } from './feed/feed-item';
export { FeedItem } from './graphql-types';
export * from './domain/follows';
export * from './domain/decide';
