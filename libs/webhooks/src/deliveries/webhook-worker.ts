import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { Contributions } from '@pfp/contributions';
import { EVENT_SOURCING_OPTIONS, EVENT_STORE, typeormTransactions, type EventSourcingOptions } from '@pfp/event-sourcing';
import { AdvisoryLock, Consumer, type ConsumerOptions, type EventStore, type RecordedEvent } from '@pfp/event-store';
import { Mailer } from '@pfp/mail';
import { DataSource, type EntityManager } from 'typeorm';
import type { WebhookSettings } from '../settings';
import { SecretBox } from '../signing';
import { WEBHOOK_SETTINGS } from '../tokens';
import { dispatch, WEBHOOK_DISPATCHER } from './dispatcher';
import { DeliverySender } from './sender';

/**
 * Webhooks from the log: one dispatcher for all processes (advisory lock, SQL checkpoint in the
 * transaction that queues the deliveries), and a sender in each process that runs consumers
 * (claims keep two from sending the same delivery at once). Woken by appends, and each batch's
 * commit wakes the sender.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WebhookWorker');
  private consumer: Consumer<EntityManager> | null = null;
  private sender: DeliverySender | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    private readonly box: SecretBox,
    private readonly dataSource: DataSource,
    private readonly contributions: Contributions,
    private readonly commandBus: CommandBus,
    private readonly mailer: Mailer,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.runConsumers) return;
    const sender = new DeliverySender(this.dataSource, this.settings, this.box, this.commandBus, this.mailer, this.config.env === 'production');
    this.sender = sender;
    const tx = typeormTransactions(this.dataSource);
    const handler = {
      name: WEBHOOK_DISPATCHER,
      handle: async (events: RecordedEvent[], manager: EntityManager) => {
        if ((await dispatch(events, manager, this.contributions)) === 0) return;
        // the rows are readable once the batch commits, which moves the checkpoint past its last event
        void this.consumer?.waitFor(events[events.length - 1].position, 60_000).then(sender.wake);
      },
    };
    const log: ConsumerOptions<EntityManager>['log'] = (level, message) => this.logger[level === 'info' ? 'log' : level](message);
    this.consumer = new Consumer<EntityManager>({
      store: this.store,
      handler,
      transactions: tx,
      checkpoints: tx.checkpoints,
      lock: new AdvisoryLock(this.options.databaseUrl, 'pfp:webhook-dispatcher'),
      pollIntervalMs: this.options.pollIntervalMs,
      lockRetryMs: this.options.lockRetryMs,
      log,
    });
    this.consumer.start();
    // the sender's loop (at least once a second) also starts again a dispatcher that stopped on an error
    sender.everyRound = () => {
      const consumer = this.consumer;
      if (consumer?.status !== 'failed') return;
      this.logger.error(`webhook dispatcher stopped: ${consumer.lastError?.message}; starting again`);
      consumer.start();
    };
    sender.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    await this.sender?.stop();
  }

  /** A delivery was queued again (redelivery): the sender looks now. */
  wake(): void {
    this.sender?.wake();
  }

  /** Resolves once the dispatcher has read the log up to `position` (for tests and benches). */
  caughtUp(position: RecordedEvent['position'], timeoutMs = 10_000): Promise<boolean> {
    return this.consumer ? this.consumer.waitFor(position, timeoutMs) : Promise.resolve(false);
  }
}
