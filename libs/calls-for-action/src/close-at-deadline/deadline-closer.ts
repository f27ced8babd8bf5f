import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { EVENT_SOURCING_OPTIONS, EVENT_STORE, handleCommand, type EventSourcingOptions } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { DomainError } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { appendContext } from '../call-commands';
import { callForActionDecider } from '../domain/decide';

/**
 * A call whose deadline has passed closes itself: every interval this finds the open calls
 * past their deadline in the read model and appends CallForActionClosed through the decider,
 * which checks the deadline again on the stream's own state. Two processes racing append
 * once: the loser's retry sees the call closed and is refused.
 */
@Injectable()
export class DeadlineCloser implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineCloser');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.runConsumers) return;
    const every = this.config.env === 'test' ? 1000 : 30_000;
    this.timer = setInterval(() => void this.closeDue().catch((e: Error) => this.logger.error(e.message)), every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Closes every call past its deadline at `now`; returns how many it closed. */
  async closeDue(now = new Date()): Promise<number> {
    if (this.running) return this.running;
    this.running = (async () => {
      const due: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM calls_for_action WHERE status IN ('OPEN', 'PENDING') AND deadline IS NOT NULL AND deadline <= $1 ORDER BY deadline LIMIT 100`,
        [now],
      );
      let closed = 0;
      for (const { id } of due) {
        const at = now.toISOString();
        try {
          await handleCommand(this.store, id, callForActionDecider, { type: 'CloseCallForActionAtDeadline', at }, { context: appendContext(null, at) });
          closed++;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
        }
      }
      if (closed > 0) this.logger.log(`closed ${closed} call(s) at their deadline`);
      return closed;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
