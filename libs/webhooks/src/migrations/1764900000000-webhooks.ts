import { sqlMigration } from '@pfp/database';

/** Registered endpoints (a document read model) and their delivery log (an outbox the delivery worker empties in order). */
export const Webhooks1764900000000 = sqlMigration('Webhooks1764900000000', {
  up: [
    `
      CREATE TABLE webhooks (
        id text PRIMARY KEY,
        revision int NOT NULL,
        doc jsonb NOT NULL,
        organization_id text NOT NULL,
        status text NOT NULL,
        enabled boolean NOT NULL,
        registered_at timestamptz NOT NULL
      )`,
    `CREATE INDEX webhooks_by_organization ON webhooks (organization_id, registered_at)`,
    `
      CREATE TABLE webhook_targets (
        -- the delivery worker's own view of the endpoints, moved by the webhook events in log order with its checkpoint
        id text PRIMARY KEY,
        organization_id text NOT NULL,
        url text NOT NULL,
        sealed_secret text NOT NULL,
        subjects text[] NOT NULL,
        event_types text[] NOT NULL,
        enabled boolean NOT NULL
      )`,
    `
      CREATE TABLE webhook_deliveries (
        -- log order: one consumer inserts in log order, so per endpoint the sequence is the log's
        seq bigserial PRIMARY KEY,
        id uuid NOT NULL UNIQUE,
        webhook_id text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        subject_id text NOT NULL,
        -- the signed body (what the platform sends, never what the endpoint answers)
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- retried until retry_from + WEBHOOK_RETRY_FOR_MS (a redelivery starts it again)
        retry_from timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        -- an attempt in flight: another worker leaves it until then (a killed worker's claim runs out)
        claimed_until timestamptz,
        last_attempt_at timestamptz,
        last_response_status int,
        last_response_excerpt text,
        last_duration_ms int,
        delivered_at timestamptz,
        UNIQUE (webhook_id, event_id)
      )`,
    `CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (webhook_id, seq) WHERE status = 'PENDING'`,
    `CREATE INDEX webhook_deliveries_log ON webhook_deliveries (webhook_id, seq DESC)`,
  ],
  down: [`DROP TABLE webhook_deliveries`, `DROP TABLE webhook_targets`, `DROP TABLE webhooks`],
});
