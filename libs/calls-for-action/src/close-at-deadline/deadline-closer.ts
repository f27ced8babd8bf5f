import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { CLOCK, EVENT_SOURCING_OPTIONS, ScheduledSweep, type Clock, type EventSourcingOptions } from '@pfp/event-sourcing';
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
export class DeadlineCloser extends ScheduledSweep {
  constructor(
    commandBus: CommandBus,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) options: EventSourcingOptions,
    @Inject(CLOCK) clock: Clock,
  ) {
    super({ name: 'DeadlineCloser', commandBus, clock, everyMs: !options.runConsumers ? null : config.env === 'test' ? 1000 : 30_000 });
  }

  /** Closes every call past its deadline at `now` (the clock's time by default); returns how many it closed. */
  closeDue(now?: Date): Promise<number> {
    return this.sweep(now);
  }

  protected async due(now: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM calls_for_action WHERE status IN ('OPEN', 'PENDING') AND deadline IS NOT NULL AND deadline <= $1 ORDER BY deadline LIMIT 100`,
      [now],
    );
    return rows.map((row) => row.id);
  }

  protected command(id: string, now: Date) {
    return new CallForActionCommands.Command(id, { type: 'CloseCallForActionAtDeadline', data: { asOf: now.toISOString() } }, null);
  }

  protected done(count: number): string {
    return `closed ${count} call(s) at their deadline`;
  }
}
