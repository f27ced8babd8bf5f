export const OBSERVABILITY_OPTIONS = 'pfp.OBSERVABILITY_OPTIONS';

export interface ObservabilityOptions {
  /** Readiness fails when a consumer's oldest unprocessed event is older than this (60 s). */
  maxLagSeconds: number;
  /** ... or when more events than this wait for it (10,000). */
  maxLagEvents: number;
  /** Each readiness check gives up after this (1,500 ms), so a dead database answers 503 quickly. */
  checkTimeoutMs: number;
}
