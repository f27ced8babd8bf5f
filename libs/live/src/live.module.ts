import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { FollowsModule } from '@pfp/follows';
import { IdentityModule } from '@pfp/identity';
import type { PubSubEngine } from 'graphql-subscriptions';
import { LiveConnections } from './connection';
import { LivePublisher } from './live-publisher';
import { LiveResolver } from './live.resolver';
import { createPubSub, LIVE_PUBSUB, PubSubLifecycle } from './pubsub';

@Module({
  imports: [IdentityModule, FollowsModule],
  providers: [
    { provide: LIVE_PUBSUB, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createPubSub(config.redisUrl) },
    { provide: PubSubLifecycle, inject: [LIVE_PUBSUB], useFactory: (pubsub: PubSubEngine) => new PubSubLifecycle(pubsub) },
    LivePublisher,
    LiveConnections,
    LiveResolver,
  ],
  exports: [LIVE_PUBSUB, LivePublisher],
})
export class LiveModule {}
