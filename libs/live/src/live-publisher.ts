import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { callForActionDecider, CALL_STREAM_PREFIX, type CallForActionEvent, type CallForActionState } from '@pfp/calls-for-action';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { EVENT_SOURCING_OPTIONS, EVENT_STORE, type EventSourcingOptions } from '@pfp/event-sourcing';
import { AdvisoryLock, subscribeToAll, type EventStore, type GlobalPosition, type RecordedEvent, type Subscription } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { accountOfFollowsStream, feedItemOf, titleOf } from '@pfp/follows';
import { partnershipProjectDecider, PROJECT_STREAM_PREFIX, readersOf, type PartnershipProjectEvent, type PartnershipProjectState } from '@pfp/partnership-projects';
import type { PubSubEngine } from 'graphql-subscriptions';
import { LIVE_PUBSUB } from './pubsub';
import { topics, type FeedMessage, type FollowsMessage, type SubjectMessage } from './messages';

type Folded = { status: string; doc: unknown; readers: string[] | null; title: string };

function foldTo(stream: string, events: RecordedEvent[], revision: number): Folded | null {
  const upTo = events.filter((e) => e.revision <= revision);
  if (stream.startsWith(PROJECT_STREAM_PREFIX)) {
    const s = upTo.reduce<PartnershipProjectState>((st, e) => partnershipProjectDecider.evolve(st, e as unknown as PartnershipProjectEvent), partnershipProjectDecider.initialState());
    return s.status === 'NONE' ? null : { status: s.status, doc: s.project, readers: readersOf(s.project), title: s.project.title };
  }
  const s = upTo.reduce<CallForActionState>((st, e) => callForActionDecider.evolve(st, e as unknown as CallForActionEvent), callForActionDecider.initialState());
  return s.status === 'NONE' ? null : { status: s.status, doc: s.call, readers: null, title: s.call.title };
}

/**
 * Live delivery from the event log, not the in-process bus: whichever process wrote an
 * event, the publisher reads it from the log and publishes it. In memory every process runs
 * one for its own subscribers; with Redis one process (advisory lock) publishes for all, and
 * another takes over when it dies, from the position the last one published (kept in the
 * checkpoint table), so the news of the gap still go out; a gap of more than
 * MAX_REPLAY events is skipped (feeds and digests still have them). After an error in the
 * same process it resumes from where it was.
 */
const CHECKPOINT = 'live-publisher';
const MAX_REPLAY = 1000;

@Injectable()
export class LivePublisher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('LivePublisher');
  private subscription: Subscription | null = null;
  private lock: AdvisoryLock | null = null;
  private stopped = false;
  private loop: Promise<void> | null = null;
  private position: GlobalPosition | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LIVE_PUBSUB) private readonly pubsub: PubSubEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.redisUrl) {
      this.lock = new AdvisoryLock(this.options.databaseUrl, 'pfp:live-publisher');
      // Another process may take the lock once its connection is gone: stop publishing at once.
      this.lock.onLost(() => void this.subscription?.stop());
    }
    this.loop = this.run();
  }

  /** Before the shutdown hooks, which close the event store's pool under a running subscription. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
    await this.loop?.catch(() => undefined);
    await this.lock?.release();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        if (this.lock && !(await this.lock.tryAcquire())) {
          await new Promise((r) => setTimeout(r, 500).unref());
          continue;
        }
        const after = this.position ?? (await this.resumePoint());
        if (this.stopped) return;
        // A short poll: a wake-up can come before the append is visible below the log's watermark
        // (another transaction still open), and live news should not wait for the next one.
        const subscription = subscribeToAll(this.store, (events) => this.publishAndRemember(events), { after, pollIntervalMs: 25 });
        this.subscription = subscription;
        this.logger.log(`publishing live updates${this.lock ? ' to Redis' : ''}`);
        await subscription.done;
      } catch (error) {
        if (this.stopped) return;
        this.logger.error(`live publisher stopped: ${(error as Error).message}; restarting`);
        await this.lock?.release();
        await new Promise((r) => setTimeout(r, 1000).unref());
      }
    }
  }

  private async publishAndRemember(events: RecordedEvent[]): Promise<void> {
    await this.publish(events);
    this.position = events[events.length - 1].position;
    if (this.lock) {
      await this.dataSource.query(
        `INSERT INTO es_checkpoints (consumer, commit_position, prepare_position) VALUES ($1, $2, $3)
         ON CONFLICT (consumer) DO UPDATE SET commit_position = $2, prepare_position = $3, updated_at = now()`,
        [CHECKPOINT, this.position.commit.toString(), this.position.prepare.toString()],
      );
    }
  }

  /** Where the process that published before this one stopped, unless that is too far back. */
  private async resumePoint(): Promise<GlobalPosition> {
    if (this.lock) {
      const rows: { c: string; p: string }[] = await this.dataSource.query(
        `SELECT commit_position::text AS c, prepare_position::text AS p FROM es_checkpoints WHERE consumer = $1`,
        [CHECKPOINT],
      );
      if (rows.length === 1) {
        const stored = { commit: BigInt(rows[0].c), prepare: BigInt(rows[0].p) };
        const gap = await this.store.readAll({ after: stored, maxCount: MAX_REPLAY + 1 });
        if (gap.length <= MAX_REPLAY) return stored;
        this.logger.warn(`more than ${MAX_REPLAY} events since the last live publication: starting from the head`);
      }
    }
    return this.store.headPosition();
  }

  /** Publishes one batch of the log; exposed for tests. */
  async publish(events: RecordedEvent[]): Promise<void> {
    const streams = new Map<string, RecordedEvent[]>();
    for (const e of events) {
      if (e.streamName.startsWith('follows-')) {
        const message: FollowsMessage = { kind: 'follows', type: e.type, subjectId: String((e.data as { subjectId?: string }).subjectId ?? '') };
        await this.pubsub.publish(topics.follows(accountOfFollowsStream(e.streamName)), message);
      } else if (e.streamName.startsWith(PROJECT_STREAM_PREFIX) || e.streamName.startsWith(CALL_STREAM_PREFIX)) {
        streams.set(e.streamName, [...(streams.get(e.streamName) ?? []), e]);
      } else if (e.streamName.startsWith('practice-')) {
        const item = feedItemOf(e, titleOf(e.data) ?? 'A practice you follow');
        if (item) await this.pubsub.publish(topics.feed, { kind: 'feed', readers: null, item } satisfies FeedMessage);
      }
    }
    for (const [stream, news] of streams) {
      const all = await this.store.readStream(stream);
      for (const e of news) {
        const folded = foldTo(stream, all, e.revision);
        if (!folded) continue;
        const message: SubjectMessage = {
          kind: 'subject',
          subjectId: stream,
          type: e.type,
          revision: e.revision,
          occurredAt: e.metadata.occurredAt,
          status: folded.status,
          doc: folded.doc,
          readers: folded.readers,
          eventData: e.data,
        };
        await this.pubsub.publish(stream.startsWith(PROJECT_STREAM_PREFIX) ? topics.project(stream) : topics.call(stream), message);
        const item = feedItemOf(e, folded.title);
        if (item) await this.pubsub.publish(topics.feed, { kind: 'feed', readers: folded.readers, item } satisfies FeedMessage);
      }
    }
  }
}
