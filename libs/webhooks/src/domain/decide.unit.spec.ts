import type { Actor } from '@pfp/kernel';
import { DeciderSpecification } from '@pfp/testing';
import { webhookAggregate } from './decide';
import type { WebhookEvent } from './webhook';

const spec = DeciderSpecification(webhookAggregate);
const at = '2011-11-20T00:00:00.000Z';
const admin: Actor = { accountId: 'account-1', organizationId: 'organization-iom', organizationKind: 'INTERNATIONAL_ORGANIZATION', role: 'ADMIN' };
const member: Actor = { ...admin, accountId: 'account-2', role: 'MEMBER' };
const otherAdmin: Actor = { ...admin, accountId: 'account-3', organizationId: 'organization-ilo' };
const url = 'https://hooks.iom.example/pfp';
const project = 'project-0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const registered: WebhookEvent = {
  type: 'WebhookRegistered',
  data: {
    organizationId: 'organization-iom',
    url,
    subjects: [project],
    eventTypes: [],
    sealedSecret: 'v1.sealed',
    registeredBy: 'account-1',
    registeredAt: at,
  },
};
const register = (actor: Actor | null) => ({
  type: 'RegisterWebhook' as const,
  actor,
  at,
  data: { url, subjects: [project], eventTypes: [], sealedSecret: 'v1.sealed' },
});
const update = (data: Record<string, unknown>, actor: Actor | null = admin) => ({ type: 'UpdateWebhook' as const, actor, at, data });

describe('Webhook', () => {
  it('is registered by an admin, for the admin’s organisation', () => spec.given([]).when(register(admin)).then([registered]));
  it('refuses a member, a visitor and a second registration of the same stream', () => {
    spec.given([]).when(register(member)).thenThrows('WEBHOOK.NOT_ADMIN', 'FORBIDDEN');
    spec.given([]).when(register(null)).thenThrows('AUTH.UNAUTHENTICATED', 'UNAUTHENTICATED');
    spec.given([registered]).when(register(admin)).thenThrows('WEBHOOK.ALREADY_REGISTERED', 'CONFLICT');
  });
  it('changes its URL and filter, once per change', () => {
    spec
      .given([registered])
      .when(update({ url: 'https://hooks.iom.example/v2', eventTypes: ['ProjectUpdatePosted'] }))
      .then([
        { type: 'WebhookChanged', data: { url: 'https://hooks.iom.example/v2', subjects: [project], eventTypes: ['ProjectUpdatePosted'], changedAt: at } },
      ]);
    spec.given([registered]).when(update({ url })).then([]);
  });
  it('is disabled and enabled by its admins', () => {
    const disabled: WebhookEvent = { type: 'WebhookDisabled', data: { reason: 'BY_ADMIN', disabledAt: at } };
    spec
      .given([registered])
      .when(update({ enabled: false }))
      .then([disabled]);
    spec
      .given([registered, disabled])
      .when(update({ enabled: false }))
      .then([]);
    spec
      .given([registered, disabled])
      .when(update({ enabled: true }))
      .then([{ type: 'WebhookEnabled', data: { enabledAt: at } }]);
  });
  it('is changed by no one outside its organisation', () => {
    spec
      .given([registered])
      .when(update({ enabled: false }, otherAdmin))
      .thenThrows('WEBHOOK.NOT_ADMIN', 'FORBIDDEN');
    spec.given([registered]).when({ type: 'DeleteWebhook', actor: otherAdmin, at, data: {} }).thenThrows('WEBHOOK.NOT_ADMIN', 'FORBIDDEN');
  });
  it('is deleted, and then is no more', () => {
    const deleted: WebhookEvent = { type: 'WebhookDeleted', data: { deletedAt: at } };
    spec.given([registered]).when({ type: 'DeleteWebhook', actor: admin, at, data: {} }).then([deleted]);
    spec
      .given([registered, deleted])
      .when(update({ enabled: false }))
      .thenThrows('WEBHOOK.NOT_FOUND', 'NOT_FOUND');
    spec.given([]).when({ type: 'DeleteWebhook', actor: admin, at, data: {} }).thenThrows('WEBHOOK.NOT_FOUND', 'NOT_FOUND');
  });
  it('is disabled as failing by the delivery worker only, once', () => {
    const failing: WebhookEvent = { type: 'WebhookDisabled', data: { reason: 'FAILING', disabledAt: at } };
    spec.given([registered]).when({ type: 'DisableFailingWebhook', actor: null, at, data: {} }).then([failing]);
    spec.given([registered, failing]).when({ type: 'DisableFailingWebhook', actor: null, at, data: {} }).then([]);
    spec.given([registered]).when({ type: 'DisableFailingWebhook', actor: admin, at, data: {} }).thenThrows('WEBHOOK.NOT_SYSTEM', 'FORBIDDEN');
  });
});
