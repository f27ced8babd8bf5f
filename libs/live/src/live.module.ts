import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { Contributions, ContributionsModule } from '@pfp/contributions';
import { FollowsModule } from '@pfp/follows';
import { IdentityModule } from '@pfp/identity';
import type { PubSubEngine } from 'graphql-subscriptions';
import { LiveConnections } from './connection';
import { LivePublisher } from './live-publisher';
import { deliveredOnce } from './once';
import { LiveResolver } from './live.resolver';
import { createPubSub, LIVE_PUBSUB, PubSubLifecycle } from './pubsub';

/** Live updates over graphql-ws: the contexts' mappings published from the log, their subscriptions fed through one channel. */
@Module({
  imports: [IdentityModule, FollowsModule, ContributionsModule],
  providers: [
    { provide: LIVE_PUBSUB, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createPubSub(config.redisUrl) },
    { provide: PubSubLifecycle, inject: [LIVE_PUBSUB], useFactory: (pubsub: PubSubEngine) => new PubSubLifecycle(pubsub) },
    LivePublisher,
    LiveConnections,
    LiveResolver,
  ],
  exports: [LIVE_PUBSUB, LivePublisher],
})
export class LiveModule implements OnModuleInit {
  constructor(
    @Inject(LIVE_PUBSUB) private readonly pubsub: PubSubEngine,
    private readonly contributions: Contributions,
  ) {}

  onModuleInit(): void {
    // each subscription drops a message it already delivered (a publisher taking over replays some)
    this.contributions.useLiveChannel({ listen: <T>(topic: string | string[]) => deliveredOnce(this.pubsub.asyncIterableIterator<T>(topic)) });
  }
}
