import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { EventStore } from '@pfp/event-store';
import { EVENT_STORE, Projections } from '@pfp/event-sourcing';
import { Lifecycle } from './lifecycle';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './options';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly projections: Projections,
    private readonly lifecycle: Lifecycle,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions,
  ) {}

  /** The process is up and its event loop answers: restart it only when this fails. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Send traffic here only when PostgreSQL and the event store answer and the read model is not too far behind. */
  @Get('ready')
  @HealthCheck()
  ready() {
    if (this.lifecycle.draining) throw new ServiceUnavailableException({ status: 'error', error: { shutdown: { status: 'down', message: 'draining' } } });
    const timeout = this.options.checkTimeoutMs;
    return this.health.check([
      () => this.db.pingCheck('database').withTimeout(timeout),
      () =>
        this.indicators
          .check('eventStore')
          .attempt(async () => {
            const head = await this.store.headPosition();
            return { head: `${head.commit}/${head.prepare}` };
          })
          .withTimeout(timeout),
      () =>
        this.indicators
          .check('consumers')
          .attempt(async () => {
            const lag = await this.projections.lag(this.options.maxLagEvents + 1);
            const late = lag.filter((l) => l.seconds > this.options.maxLagSeconds || l.events > this.options.maxLagEvents);
            const details = Object.fromEntries(lag.map((l) => [l.name, { events: l.events, seconds: Math.round(l.seconds * 10) / 10 }]));
            if (late.length > 0)
              throw new Error(
                `behind by more than ${this.options.maxLagSeconds} s or ${this.options.maxLagEvents} events: ${late.map((l) => l.name).join(', ')}`,
              );
            return details;
          })
          .withTimeout(timeout),
    ]);
  }
}
