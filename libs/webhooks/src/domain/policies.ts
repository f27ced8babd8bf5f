import { all, allow, deny, requireSignIn, type Actor, type Decision, type Policies } from '@pfp/kernel';
import type { WebhookCommand } from './decide';
import type { WebhookState } from './webhook';

const ADMIN_ONLY = 'WEBHOOK.NOT_ADMIN';

/** An admin of the organisation that owns the endpoint (for a new one: any organisation's admin, registering for its own). */
export const ownAdmin = (actor: Actor | null, state: WebhookState): Decision =>
  all(requireSignIn(actor), () => {
    if (actor?.role !== 'ADMIN') return deny(ADMIN_ONLY, "Only an organisation's admins manage its webhooks.");
    if (state.status !== 'NONE' && state.webhook.organizationId !== actor.organizationId)
      return deny(ADMIN_ONLY, "Only an organisation's admins manage its webhooks.");
    return allow();
  });

/**
 * Who may send each webhook command: an admin of the endpoint's organisation; the failing
 * endpoint is disabled by the delivery worker, which has no actor (no resolver sends it).
 */
export const webhookPolicies: Policies<WebhookState, WebhookCommand> = {
  RegisterWebhook: ownAdmin,
  UpdateWebhook: ownAdmin,
  DeleteWebhook: ownAdmin,
  DisableFailingWebhook: (actor) => (actor === null ? allow() : deny('WEBHOOK.NOT_SYSTEM', 'Only the delivery worker disables a failing endpoint.')),
};
