import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import Redis from 'ioredis';
import { EventEmitter } from 'node:events';

export const LIVE_PUBSUB = 'pfp.LIVE_PUBSUB';

/** In memory by default; through Redis with REDIS_URL, so any API process can serve any subscriber. */
export function createPubSub(redisUrl: string | undefined): PubSubEngine {
  if (!redisUrl) {
    // One listener per subscriber of a topic: a thousand on a busy project is expected, not a leak.
    const eventEmitter = new EventEmitter();
    eventEmitter.setMaxListeners(0);
    return new PubSub({ eventEmitter });
  }
  const options = { maxRetriesPerRequest: null, enableOfflineQueue: true, lazyConnect: false };
  return new RedisPubSub({ publisher: new Redis(redisUrl, options), subscriber: new Redis(redisUrl, options) });
}

@Injectable()
export class PubSubLifecycle implements OnApplicationShutdown {
  constructor(private readonly pubsub: PubSubEngine) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pubsub instanceof RedisPubSub) {
      this.pubsub.getPublisher().disconnect();
      this.pubsub.getSubscriber().disconnect();
    }
  }
}
