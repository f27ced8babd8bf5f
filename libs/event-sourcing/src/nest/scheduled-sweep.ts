import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { CommandBus, ICommand } from '@nestjs/cqrs';
import { DomainError } from '@pfp/kernel';
import type { Clock } from '../pipeline/clock';

export interface ScheduledSweepOptions {
  name: string;
  commandBus: CommandBus;
  clock: Clock;
  /** Milliseconds between sweeps in this process, or null for none (a process that runs no consumers, or tests that sweep by hand). */
  everyMs: number | null;
}

/**
 * A timed sweep that finds due aggregates in a read model and sends each a command through
 * its pipeline as the platform (deadline closing, quiet-project reminders). The read model
 * only nominates: the decider checks again on the stream, so a second process, a replay or
 * a stale row append nothing, and a refusal (DomainError) is skipped. One sweep at a time
 * per process; a sweep asked for while one runs joins it.
 */
export abstract class ScheduledSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  protected constructor(private readonly sweepOptions: ScheduledSweepOptions) {
    this.logger = new Logger(sweepOptions.name);
  }

  /** The ids due at `now`, bounded. */
  protected abstract due(now: Date): Promise<string[]>;
  /** The command that acts on one due aggregate. */
  protected abstract command(id: string, now: Date): ICommand;
  /** The log line after a sweep that acted on `count` aggregates. */
  protected abstract done(count: number): string;

  onApplicationBootstrap(): void {
    const { everyMs } = this.sweepOptions;
    if (everyMs === null) return;
    this.timer = setInterval(() => void this.sweep().catch((e: Error) => this.logger.error(e.message)), everyMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Acts on everything due at `now` (the clock's time by default); returns on how many the command was accepted. */
  protected sweep(now = this.sweepOptions.clock.now()): Promise<number> {
    if (this.running) return this.running;
    this.running = (async () => {
      let accepted = 0;
      for (const id of await this.due(now)) {
        try {
          await this.sweepOptions.commandBus.execute(this.command(id, now));
          accepted++;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
        }
      }
      if (accepted > 0) this.logger.log(this.done(accepted));
      return accepted;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
