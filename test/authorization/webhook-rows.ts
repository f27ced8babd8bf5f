import { randomUUID } from 'node:crypto';
import type { TestApi } from './harness';
import type { Row, TableActor, TableActors } from './table';
import { mutate, mutateRaw } from '../partnerships/partnership-api';

const D = 'denied' as const;
/** The table's state and partner actors are MEMBERs; the Support Unit's demo account is its ADMIN. */
const ADMINS_ONLY = { visitor: D, state: D, partner: D, supportUnit: 'allowed' as const };

/** What the webhook rows write: webhook events, and deliveries queued again. */
export const WEBHOOK_WRITE_COUNTERS = [
  `SELECT count(*) FROM es_events WHERE stream_name ~ '^webhook-'`,
  `SELECT count(*) FROM webhook_deliveries WHERE status = 'PENDING'`,
];

// A public address literal (no lookup) and an event type that never happens: the table sends nothing anywhere.
const ENDPOINT = { url: 'https://93.184.216.34/pfp-hooks', eventTypes: ['NothingEverHappens'] };

/** An endpoint of the Support Unit (its admin), disabled so that nothing queued for it is ever sent. */
async function supportUnitWebhook(api: TestApi, actors: TableActors): Promise<string> {
  const { webhook } = await mutate<{ webhook: { id: string } }>(
    api,
    actors.supportUnit.token,
    'registerWebhook',
    'RegisterWebhookInput',
    ENDPOINT,
    'webhook { id }',
  );
  await mutate(api, actors.supportUnit.token, 'updateWebhook', 'UpdateWebhookInput', { webhookId: webhook.id, enabled: false }, 'revision');
  return webhook.id;
}

const run =
  (name: string, inputType: string, selection: string, input: (prepared: never, actor: TableActor) => Record<string, unknown>) =>
  (api: TestApi, actor: TableActor, prepared: never) =>
    mutateRaw(api, actor.token, name, inputType, input(prepared, actor), selection);

/** One row per webhook mutation, for table.ts. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of different prepared types share one table
export const webhookRows: Row<any>[] = [
  {
    mutation: 'registerWebhook',
    run: (api, actor) => mutateRaw(api, actor.token, 'registerWebhook', 'RegisterWebhookInput', ENDPOINT, 'secret revision'),
    expected: ADMINS_ONLY,
  },
  {
    mutation: 'updateWebhook',
    prepare: (api, actors) => supportUnitWebhook(api, actors),
    run: run('updateWebhook', 'UpdateWebhookInput', 'revision', (webhookId: string) => ({ webhookId, eventTypes: ['StillNothingHappens'] })),
    expected: ADMINS_ONLY,
  },
  {
    mutation: 'deleteWebhook',
    prepare: (api, actors) => supportUnitWebhook(api, actors),
    run: run('deleteWebhook', 'DeleteWebhookInput', 'webhookId', (webhookId: string) => ({ webhookId })),
    expected: ADMINS_ONLY,
  },
  {
    mutation: 'redeliverWebhook',
    prepare: async (api, actors) => {
      const webhookId = await supportUnitWebhook(api, actors);
      const id = randomUUID();
      // a delivery that failed (the table has no receiver): only its log row matters here
      await api.dataSource.query(
        `INSERT INTO webhook_deliveries (id, webhook_id, event_id, event_type, subject_id, body, status, attempts) VALUES ($1, $2, $3, 'NothingEverHappens', 'project-00000000-0000-4000-8000-000000000000', '{}', 'FAILED', 9)`,
        [id, webhookId, randomUUID()],
      );
      return id;
    },
    run: run('redeliverWebhook', 'RedeliverWebhookInput', 'delivery { id status }', (deliveryId: string) => ({ deliveryId })),
    expected: ADMINS_ONLY,
  },
];
