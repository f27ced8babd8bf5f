import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Paths with their own label; everything else is `other`, so a scanner cannot explode the label set. */
const KNOWN_ROUTES = ['/graphql', '/health/live', '/health/ready', '/metrics', '/feeds', '/export'];

export function routeLabel(path: string): string {
  const clean = path.split('?')[0];
  return KNOWN_ROUTES.find((route) => clean === route || clean.startsWith(`${route}/`)) ?? (clean === '/' ? '/' : 'other');
}

/** One registry per app instance (tests run several apps in one process). */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by type (query, mutation, subscription) and operation name',
    labelNames: ['type', 'name'] as const,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by operation and extensions.code',
    labelNames: ['type', 'name', 'code'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation latency by type and name',
    labelNames: ['type', 'name'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'event_store_append_duration_seconds',
    help: 'Event store append latency by outcome (ok, conflict, error)',
    labelNames: ['outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly consumerLagEvents = new Gauge({
    name: 'consumer_lag_events',
    help: 'Events in the log after the consumer checkpoint (counted up to a cap)',
    labelNames: ['consumer'] as const,
    registers: [this.registry],
  });

  readonly consumerLagSeconds = new Gauge({
    name: 'consumer_lag_seconds',
    help: 'Age of the oldest event the consumer has not processed yet (0 when caught up)',
    labelNames: ['consumer'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
