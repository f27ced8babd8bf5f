import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { Contributions, type LiveMapping } from '@pfp/contributions';
import { EVENT_SOURCING_OPTIONS, EVENT_STORE, typeormTransactions, type EventSourcingOptions } from '@pfp/event-sourcing';
import { AdvisoryLock, Consumer, type ConsumerOptions, type EventStore, type RecordedEvent } from '@pfp/event-store';
import { accountOfFollowsStream, feedItemOf } from '@pfp/follows';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { processCheckpoints, resumableCheckpoints } from './checkpoints';
import { topics, type FeedMessage, type FollowsMessage } from './messages';
import { liveIds, withLiveId } from './once';
import { LIVE_PUBSUB } from './pubsub';

const CONSUMER = 'live-publisher';
const MAX_REPLAY = 1000;
const RESTART_MS = 1000;
/**
 * Only the fallback: appends wake the publisher (in this process at once, others by NOTIFY,
 * both after the commit), and a wake-up that finds an event held back behind an append still
 * in flight reads again within HELD_BACK_RETRY_MS. A 25 ms poll cost each API two queries
 * every 25 ms while idle, on the pool the commands use.
 */
const POLL_MS = 250;

/**
 * Live delivery from the event log, not the in-process bus: whichever process wrote an
 * event, the publisher reads it from the log and publishes what the event's context mapped it
 * to (its LiveMapping), plus the feed item of a followed subject. A Consumer of the log: in
 * memory every process runs one for its own subscribers, from the head; with Redis one
 * process (advisory lock) publishes for all, and another takes over when it dies, from the
 * shared checkpoint, so the news of the gap still go out (a gap of more than MAX_REPLAY
 * events is skipped); each message carries its event's id, and each subscription drops one it
 * already delivered (once.ts), so the replay doubles nothing. After an error it starts again from its checkpoint.
 */
@Injectable()
export class LivePublisher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('LivePublisher');
  private consumer: Consumer<unknown> | null = null;
  private supervisor: NodeJS.Timeout | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LIVE_PUBSUB) private readonly pubsub: PubSubEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    private readonly dataSource: DataSource,
    private readonly contributions: Contributions,
  ) {}

  onApplicationBootstrap(): void {
    const handler = { name: CONSUMER, handle: (events: RecordedEvent[]) => this.publish(events) };
    const log: ConsumerOptions<unknown>['log'] = (level, message) => this.logger[level === 'info' ? 'log' : level](message);
    const common = { store: this.store, handler, pollIntervalMs: POLL_MS, lockRetryMs: 500, log };
    let options: ConsumerOptions<unknown>;
    if (this.config.redisUrl) {
      const tx = typeormTransactions(this.dataSource);
      const checkpoints = resumableCheckpoints(tx.checkpoints, tx, this.store, MAX_REPLAY, (m) => this.logger.warn(m));
      options = {
        ...common,
        transactions: tx,
        checkpoints,
        lock: new AdvisoryLock(this.options.databaseUrl, 'pfp:live-publisher'),
      } as ConsumerOptions<unknown>;
    } else {
      options = { ...common, ...processCheckpoints(this.store) } as ConsumerOptions<unknown>;
    }
    this.consumer = new Consumer(options);
    this.consumer.start();
    this.logger.log(`publishing live updates${this.config.redisUrl ? ' to Redis' : ''}`);
    this.supervisor = setInterval(() => {
      if (this.consumer?.status !== 'failed') return;
      this.logger.error(`live publisher stopped: ${this.consumer.lastError?.message}; restarting`);
      this.consumer.start();
    }, RESTART_MS);
    this.supervisor.unref();
  }

  /** Before the shutdown hooks, which close the event store's pool under a running consumer. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.supervisor) clearInterval(this.supervisor);
    await this.consumer?.stop();
  }

  /** Publishes one batch of the log; exposed for tests. */
  async publish(events: RecordedEvent[]): Promise<void> {
    const byMapping = new Map<LiveMapping, RecordedEvent[]>();
    // each message carries its event's id: a subscription drops one it already had (a replay after takeover)
    const idOf = liveIds();
    const send = (topic: string, payload: unknown, event: RecordedEvent) => this.pubsub.publish(topic, withLiveId(payload, idOf(event.id, topic)));
    for (const e of events) {
      if (e.streamName.startsWith('follows-')) {
        const message: FollowsMessage = { kind: 'follows', type: e.type, subjectId: String((e.data as { subjectId?: string }).subjectId ?? '') };
        await send(topics.follows(accountOfFollowsStream(e.streamName)), message, e);
        continue;
      }
      const mapping = this.contributions.liveMappingOf(e.streamName);
      if (mapping) byMapping.set(mapping, [...(byMapping.get(mapping) ?? []), e]);
    }
    for (const [mapping, news] of byMapping) {
      for (const update of await mapping.map(news)) {
        if (update.message) await send(update.message.topic, update.message.payload, update.event);
        if (!update.subject) continue;
        const item = feedItemOf(this.contributions, update.event, update.subject.title);
        if (!item) continue;
        const addressed = this.contributions.addressedBy(update.event, update.subject.readers);
        await send(topics.feed, { kind: 'feed', readers: update.subject.readers, addressed, item } satisfies FeedMessage, update.event);
      }
    }
  }
}
