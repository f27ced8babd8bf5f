import { DynamicModule, Inject, Injectable, MiddlewareConsumer, Module, NestModule, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppendTimings } from '@pfp/event-sourcing';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin';
import { HealthController } from './health.controller';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { Lifecycle } from './lifecycle';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from './options';

@Injectable()
class AppendMetrics implements OnModuleInit, OnModuleDestroy {
  private unlisten: (() => void) | null = null;
  constructor(
    @Inject(AppendTimings) private readonly timings: AppendTimings,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.unlisten = this.timings.listen((seconds, outcome) => this.metrics.appendDuration.observe({ outcome }, seconds));
  }

  onModuleDestroy(): void {
    this.unlisten?.();
  }
}

/**
 * /metrics (Prometheus) and /health/live, /health/ready (terminus) for the API and the
 * projector; needs TypeORM and EventSourcingModule in the app. One line in the app's imports.
 */
@Module({})
export class ObservabilityModule implements NestModule {
  static forRoot(options: Partial<ObservabilityOptions> = {}): DynamicModule {
    const resolved: ObservabilityOptions = {
      maxLagSeconds: options.maxLagSeconds ?? 60,
      maxLagEvents: options.maxLagEvents ?? 10_000,
      checkTimeoutMs: options.checkTimeoutMs ?? 1500,
    };
    return {
      module: ObservabilityModule,
      global: true,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [MetricsController, HealthController],
      providers: [{ provide: OBSERVABILITY_OPTIONS, useValue: resolved }, Metrics, Lifecycle, AppendMetrics, GraphQLMetricsPlugin, HttpMetricsMiddleware],
      exports: [Metrics, Lifecycle],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
