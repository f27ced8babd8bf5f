import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { CLOCK, EVENT_SOURCING_OPTIONS, ScheduledSweep, type Clock, type EventSourcingOptions } from '@pfp/event-sourcing';
import { DataSource } from 'typeorm';
import { REMIND_AFTER_MS } from '../domain/partnership-project';
import { PartnershipProjectCommands } from '../shared/project-commands';

/**
 * A project with no update for 11 months reminds its lead and partners (issue 18): every
 * hour this finds the active projects quiet that long and not yet reminded of this quiet
 * spell in the read model, and sends RemindQuietProject through the project's pipeline as the
 * platform; the decider checks again on the stream (quiet long enough, once per spell), so a
 * second process, a replay or a stale read model append nothing. The reminder reaches the
 * members' feeds, and so their digests, as an event addressed to them. Tests sweep by hand.
 */
@Injectable()
export class QuietProjectReminders extends ScheduledSweep {
  constructor(
    commandBus: CommandBus,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(EVENT_SOURCING_OPTIONS) options: EventSourcingOptions,
    @Inject(CLOCK) clock: Clock,
  ) {
    super({ name: 'QuietProjectReminders', commandBus, clock, everyMs: !options.runConsumers || config.env === 'test' ? null : 3600_000 });
  }

  /** Reminds every project quiet for 11 months at `now` (the clock's time by default) and not yet reminded of it; returns how many. */
  remindDue(now?: Date): Promise<number> {
    return this.sweep(now);
  }

  protected async due(now: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM partnership_projects
        WHERE status = 'ACTIVE' AND last_activity_at <= $1 AND (doc->'reminder'->>'quietSince') IS DISTINCT FROM (doc->>'updatedAt')
        ORDER BY last_activity_at LIMIT 500`,
      [new Date(now.getTime() - REMIND_AFTER_MS)],
    );
    return rows.map((row) => row.id);
  }

  protected command(id: string, now: Date) {
    return new PartnershipProjectCommands.Command(id, { type: 'RemindQuietProject', data: { asOf: now.toISOString() } }, null);
  }

  protected done(count: number): string {
    return `reminded ${count} quiet project(s)`;
  }
}
