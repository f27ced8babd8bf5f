import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { CLOCK, EVENT_SOURCING_OPTIONS, type Clock, type EventSourcingOptions } from '@pfp/event-sourcing';
import { DomainError } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { REMIND_AFTER_MS } from '../domain/partnership-project';
import { PartnershipProjectCommands } from '../shared/project-commands';

/**
 * A project with no update for 11 months reminds its lead and partners (issue 18): every
 * interval this finds the active projects quiet that long and not yet reminded of this quiet
 * spell in the read model, and sends RemindQuietProject through the project's pipeline as the
 * platform; the decider checks again on the stream (quiet long enough, once per spell), so a
 * second process, a replay or a stale read model append nothing. The reminder reaches the
 * members' feeds, and so their digests, as an event addressed to them.
 */
@Injectable()
export class QuietProjectReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('QuietProjectReminders');
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
    if (!this.options.runConsumers || this.config.env === 'test') return;
    this.timer = setInterval(() => void this.remindDue().catch((e: Error) => this.logger.error(e.message)), 3600_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Reminds every project quiet for 11 months at `now` (the clock's time by default) and not yet reminded of it; returns how many. */
  async remindDue(now = this.clock.now()): Promise<number> {
    if (this.running) return this.running;
    this.running = (async () => {
      const due: Array<{ id: string }> = await this.dataSource.query(
        `SELECT id FROM partnership_projects
          WHERE status = 'ACTIVE' AND last_activity_at <= $1 AND (doc->'reminder'->>'quietSince') IS DISTINCT FROM (doc->>'updatedAt')
          ORDER BY last_activity_at LIMIT 500`,
        [new Date(now.getTime() - REMIND_AFTER_MS)],
      );
      let reminded = 0;
      for (const { id } of due) {
        try {
          await this.commandBus.execute(new PartnershipProjectCommands.Command(id, { type: 'RemindQuietProject', data: { asOf: now.toISOString() } }, null));
          reminded++;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
        }
      }
      if (reminded > 0) this.logger.log(`reminded ${reminded} quiet project(s)`);
      return reminded;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
