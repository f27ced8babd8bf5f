import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Metrics } from './metrics';

/** Counts operations and their errors by name; found by the Apollo driver through @Plugin(). */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const started = process.hrtime.bigint();
    const metrics = this.metrics;
    let labels = { type: 'unknown', name: 'anonymous' };
    return {
      async didResolveOperation(context) {
        labels = { type: context.operation?.operation ?? 'unknown', name: context.operationName ?? 'anonymous' };
      },
      async didEncounterErrors(context) {
        for (const error of context.errors) {
          const code = (error.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
          metrics.graphqlErrors.inc({ ...labels, code });
        }
      },
      async willSendResponse() {
        metrics.graphqlOperations.inc(labels);
        metrics.graphqlDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      },
    };
  }
}
