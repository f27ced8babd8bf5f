import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { CLOCK, EVENT_SOURCING_OPTIONS, type Clock, type EventSourcingOptions } from '@pfp/event-sourcing';
import { DomainError } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { CallForActionCommands } from '../shared/call-commands';

/**
 * A call whose deadline has passed closes itself: every interval this finds the open calls
 * past their deadline in the read model and sends CloseCallForActionAtDeadline through the
 * call's command pipeline as the platform (actor null; no resolver sends it), and the decider
 * checks the deadline again on the stream's own state. Two processes racing append once: the
 * loser's retry sees the call closed and is refused.
 */
@Injectable()
export class DeadlineCloser implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineCloser');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly commandBus: CommandBus,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
    @Inject(CLOCK) private readonly clock: Clock,
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

  /** Closes every call past its deadline at `now` (the clock's time by default); returns how many it closed. */
  async closeDue(now = this.clock.now()): Promise<number> {
    if (this.running) return this.running;
    this.running = (async () => {
      const due: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM calls_for_action WHERE status IN ('OPEN', 'PENDING') AND deadline IS NOT NULL AND deadline <= $1 ORDER BY deadline LIMIT 100`,
        [now],
      );
      let closed = 0;
      for (const { id } of due) {
        try {
          const request = { type: 'CloseCallForActionAtDeadline' as const, data: { asOf: now.toISOString() } };
          await this.commandBus.execute(new CallForActionCommands.Command(id, request, null));
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
