import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Paths with their own label; everything else is `other`, so a scanner cannot explode the label set. */
const KNOWN_ROUTES = ['/graphql', '/health/live', '/health/ready', '/metrics', '/feeds', '/export'];

export function routeLabel(path: string): string {
  const clean = path.split('?')[0];
  return KNOWN_ROUTES.find((route) => clean === route || clean.startsWith(`${route}/`)) ?? (clean === '/' ? '/' : 'other');
}

/** Request and operation latency, in seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** An append takes milliseconds: finer buckets at the low end. */
const APPEND_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** One registry per app instance (tests run several apps in one process). */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = this.histogram('http_request_duration_seconds', 'HTTP request latency by method, route and status', ['method', 'route', 'status']);
  readonly graphqlOperations = this.counter('graphql_operations_total', 'GraphQL operations by type (query, mutation, subscription) and operation name', [
    'type',
    'name',
  ]);
  readonly graphqlErrors = this.counter('graphql_errors_total', 'GraphQL errors by operation and extensions.code', ['type', 'name', 'code']);
  readonly graphqlDuration = this.histogram('graphql_operation_duration_seconds', 'GraphQL operation latency by type and name', ['type', 'name']);
  readonly appendDuration = this.histogram(
    'event_store_append_duration_seconds',
    'Event store append latency by outcome (ok, conflict, error)',
    ['outcome'],
    APPEND_BUCKETS,
  );
  readonly consumerLagEvents = this.gauge('consumer_lag_events', 'Events in the log after the consumer checkpoint (counted up to a cap)', ['consumer']);
  readonly consumerLagSeconds = this.gauge('consumer_lag_seconds', 'Age of the oldest event the consumer has not processed yet (0 when caught up)', [
    'consumer',
  ]);

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  private histogram<L extends string>(name: string, help: string, labelNames: readonly L[], buckets = LATENCY_BUCKETS): Histogram<L> {
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  private counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  private gauge<L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }
}
