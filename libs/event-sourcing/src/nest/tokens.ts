export const EVENT_STORE = 'pfp.EVENT_STORE';
export const EVENT_SOURCING_OPTIONS = 'pfp.EVENT_SOURCING_OPTIONS';

export interface EventSourcingOptions {
  databaseUrl: string;
  /** Run the projections in this process (default). False when a projector app runs them. */
  runConsumers: boolean;
  pollIntervalMs: number;
  lockRetryMs: number;
  readYourWritesTimeoutMs: number;
}
