import { randomUUID } from 'node:crypto';
import { useTestApi } from '../authorization/harness';
import { launchProject, mutateRaw, org } from '../partnerships/partnership-api';
import { WEBHOOK, WEBHOOK_TEST_ENV } from './webhook-api';

// no operator setting: loopback, private and metadata hosts refused, https only
for (const name of Object.keys(WEBHOOK_TEST_ENV)) delete process.env[name];

describe('webhook registration refuses unsafe endpoints and bad input, writing nothing', () => {
  const t = useTestApi(['mx', 'iom']);
  const webhookEvents = () => t.api.count(`SELECT count(*) FROM es_events WHERE stream_name LIKE 'webhook-%'`);
  const register = (input: Record<string, unknown>, token = t.tokens.iom) => mutateRaw(t.api, token, 'registerWebhook', 'RegisterWebhookInput', input, WEBHOOK);

  it.each([
    ['loopback', 'https://127.0.0.1:8443/hooks'],
    ['a name for loopback', 'https://localhost/hooks'],
    ['private', 'https://10.0.0.7/hooks'],
    ['private IPv6', 'https://[fd12::1]/hooks'],
    ['link-local', 'https://169.254.10.10/hooks'],
    ['cloud metadata', 'https://169.254.169.254/latest/meta-data'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hooks'],
    ['http', 'http://93.184.216.34/hooks'],
    ['not a URL', 'hooks.example.org'],
    ['credentials in the URL', 'https://user:secret@93.184.216.34/hooks'],
  ])('refuses %s (%s) with WEBHOOK.URL_REFUSED naming url', async (_what, url) => {
    const before = await webhookEvents();
    const result = await register({ url });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEBHOOK.URL_REFUSED', fields: { url: expect.any(String) } });
    expect(result.data?.registerWebhook ?? null).toBeNull();
    expect(await webhookEvents()).toBe(before);
  });

  it('refuses a subject the organisation may not read as one that does not exist, and malformed filters', async () => {
    const confidential = await launchProject(t.api, t.tokens.mx, {
      title: 'Confidential',
      visibility: 'PARTNERS',
      partners: [{ organizationId: org('hn'), role: 'PARTNER' }],
    });
    const before = await webhookEvents();
    const hidden = await register({ url: 'https://93.184.216.34/hooks', subjects: [confidential] });
    expect(hidden.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WEBHOOK.SUBJECT_NOT_FOUND',
      fields: { subjects: expect.any(String) },
    });
    const malformed = await register({ url: 'https://93.184.216.34/hooks', subjects: ['not-an-id'], eventTypes: ['drop table'] });
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { subjects: expect.any(String), eventTypes: expect.any(String) },
    });
    const tooMany = await register({
      url: 'https://93.184.216.34/hooks',
      eventTypes: Array.from({ length: 51 }, (_, i) => `Event${'x'.repeat(i % 5)}Happened`),
    });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { eventTypes: expect.any(String) } });
    expect(await webhookEvents()).toBe(before);
  });

  it('refuses redelivering what is not there, and a malformed delivery id', async () => {
    const unknown = await mutateRaw(t.api, t.tokens.iom, 'redeliverWebhook', 'RedeliverWebhookInput', { deliveryId: randomUUID() }, 'delivery { id }');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'WEBHOOK.DELIVERY_NOT_FOUND' });
    const malformed = await mutateRaw(t.api, t.tokens.iom, 'redeliverWebhook', 'RedeliverWebhookInput', { deliveryId: 'nope' }, 'delivery { id }');
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { deliveryId: expect.any(String) } });
  });

  it('registers a public https endpoint and shows its secret once', async () => {
    const result = await register({ url: 'https://93.184.216.34/hooks', eventTypes: ['NothingEverHappens'] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerWebhook).toMatchObject({ webhook: { url: 'https://93.184.216.34/hooks', enabled: true } });
  });
});
