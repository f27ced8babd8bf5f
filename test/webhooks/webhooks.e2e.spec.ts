import { demoAccountEmail } from '@pfp/identity/testing';
import { startTestApi, type TestApi } from '../authorization/harness';
import { launchProject, mutate, mutateRaw, org, postUpdate } from '../partnerships/partnership-api';
import { startReceiver, until, verifySignature, type Receiver } from './receiver';
import { deliveries, registerWebhook, useWebhookEnv, WEBHOOK } from './webhook-api';

describe('signed webhooks, against real receivers on 127.0.0.1', () => {
  let api: TestApi;
  const receivers: Receiver[] = [];
  const receiver = async (...args: Parameters<typeof startReceiver>) => {
    const r = await startReceiver(...args);
    receivers.push(r);
    return r;
  };
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi(useWebhookEnv({ WEBHOOK_RETRY_FOR_MS: '2500' }));
    for (const id of ['mx', 'hn', 'iom']) tokens[id] = await api.signInAsDemo(id);
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    await api?.close();
  });

  it('sends each update signed (Standard Webhooks), with the event id as webhook-id, in log order', async () => {
    const endpoint = await receiver();
    const projectId = await launchProject(api, tokens.mx, { title: 'Labour migration data' });
    const { id, secret } = await registerWebhook(api, tokens.iom, endpoint.url, { subjects: [projectId] });
    expect(secret).toMatch(/^whsec_/);
    await postUpdate(api, tokens.mx, projectId, 'First figures.');
    await postUpdate(api, tokens.mx, projectId, 'Second figures.');
    const [first, second] = await endpoint.waitFor(2);
    expect([first, second].map((a) => a.json.data.text)).toEqual(['First figures.', 'Second figures.']);
    expect(first.json).toMatchObject({ type: 'ProjectUpdatePosted', data: { subjectId: projectId } });
    expect(verifySignature(secret, first)).toBe(true);
    expect(verifySignature(secret, second)).toBe(true);
    expect(verifySignature(secret, { ...first, body: first.body.replace('First', 'Forged') })).toBe(false);
    const log = await until('the log to say delivered', async () => {
      const rows = await deliveries(api, tokens.iom, id);
      return rows.length === 2 && rows.every((r) => r.status === 'DELIVERED') && rows;
    });
    expect(log.map((r) => r.eventId).reverse()).toEqual([first.headers['webhook-id'], second.headers['webhook-id']]);
    expect(log[0]).toMatchObject({ attempts: 1, responseStatus: 200, responseExcerpt: 'ok' });
    // the secret is never shown again
    const listed = await api.gql<{ webhooks: Array<Record<string, unknown>> }>(`query { webhooks { id url } }`, {}, { token: tokens.iom });
    expect(listed.data!.webhooks).toEqual([{ id, url: endpoint.url }]);
    expect(JSON.stringify(await api.dataSource.query(`SELECT doc FROM webhooks`))).not.toContain(secret.slice(6));
  });

  it('retries a receiver that fails twice, which then gets each event once, in order', async () => {
    const endpoint = await receiver((n) => (n < 2 ? 500 : 200));
    const projectId = await launchProject(api, tokens.mx, { title: 'Circular migration' });
    const { id } = await registerWebhook(api, tokens.hn, endpoint.url, { subjects: [projectId], eventTypes: ['ProjectUpdatePosted'] });
    await postUpdate(api, tokens.mx, projectId, 'One.');
    await postUpdate(api, tokens.mx, projectId, 'Two.');
    const arrivals = await endpoint.waitFor(4);
    const ids = arrivals.map((a) => a.headers['webhook-id']);
    // the first event three times (two 500s, then 200), and the second only after it
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(ids[3]).not.toBe(ids[0]);
    expect(arrivals.map((a) => a.json.data.text)).toEqual(['One.', 'One.', 'One.', 'Two.']);
    const accepted = arrivals.filter((_, n) => n >= 2).map((a) => a.headers['webhook-id']);
    expect(new Set(accepted).size).toBe(2);
    const log = await until('both delivered', async () => {
      const rows = await deliveries(api, tokens.hn, id);
      return rows.every((r) => r.status === 'DELIVERED') && rows.length === 2 && rows;
    });
    expect(log.map((r) => r.attempts)).toEqual([1, 3]);
  });

  it("never sends a PARTNERS-only project's updates to a non-partner's endpoint", async () => {
    const partnerEndpoint = await receiver();
    const outsiderEndpoint = await receiver();
    await registerWebhook(api, tokens.hn, partnerEndpoint.url);
    await registerWebhook(api, tokens.iom, outsiderEndpoint.url, { eventTypes: ['ProjectUpdatePosted'] });
    const confidential = await launchProject(api, tokens.mx, {
      title: 'Confidential',
      visibility: 'PARTNERS',
      partners: [{ organizationId: org('hn'), role: 'PARTNER' }],
    });
    const open = await launchProject(api, tokens.mx, { title: 'Open' });
    await postUpdate(api, tokens.mx, confidential, 'For partners only.');
    await postUpdate(api, tokens.mx, open, 'For everyone.');
    // per endpoint in log order: once the later public update has arrived, the earlier private one would have come before it
    const [outsiderFirst] = await outsiderEndpoint.waitFor(1);
    expect(outsiderFirst.json.data.text).toBe('For everyone.');
    const partnerTexts = await until('the partner to have both', async () => {
      const texts = partnerEndpoint.arrivals.map((a) => a.json.data.text);
      return texts.includes('For everyone.') && texts;
    });
    expect(partnerTexts).toContain('For partners only.');
    expect(outsiderEndpoint.arrivals.map((a) => a.json.data.subjectId)).not.toContain(confidential);
    expect(
      await api.count(
        `SELECT count(*) FROM webhook_deliveries WHERE subject_id = '${confidential}' AND webhook_id IN (SELECT id FROM webhooks WHERE organization_id = '${org('iom')}')`,
      ),
    ).toBe(0);
  });

  it('disables an endpoint that keeps failing and mails its admin (in the admin’s language); enabled again, a failed delivery is sent again on request', async () => {
    const chosen = await api.gql(`mutation { setAccountLanguage(input: { language: "es" }) { account { mailLanguage } } }`, {}, { token: tokens.mx });
    expect(chosen.errors).toBeUndefined();
    const endpoint = await receiver(() => 503);
    const projectId = await launchProject(api, tokens.mx, { title: 'Remittances' });
    const { id } = await registerWebhook(api, tokens.mx, endpoint.url, { subjects: [projectId] });
    await postUpdate(api, tokens.mx, projectId, 'Nobody listens.');
    const failed = await until(
      'the endpoint to be disabled',
      async () => {
        const list = await api.gql<{ webhooks: Array<{ id: string; enabled: boolean; disabledReason: string | null }> }>(
          `query { webhooks { id enabled disabledReason } }`,
          {},
          { token: tokens.mx },
        );
        return list.data!.webhooks.find((w) => w.id === id && !w.enabled && w.disabledReason === 'FAILING');
      },
      20_000,
    );
    expect(failed).toBeTruthy();
    const [delivery] = await deliveries(api, tokens.mx, id);
    expect(delivery).toMatchObject({ status: 'FAILED', responseStatus: 503, responseExcerpt: 'failing on purpose (503)' });
    expect(delivery.attempts).toBeGreaterThan(2);
    const mail = await until('the admin to be told', () => api.lastMailTo(demoAccountEmail('mx')).catch(() => null));
    expect(JSON.stringify(mail)).toContain(endpoint.url);
    expect(mail!.subject).toBe('Se desactivó un punto de conexión webhook de su organización');

    endpoint.script = () => 200;
    const sentBefore = endpoint.arrivals.length;
    await mutate(api, tokens.mx, 'updateWebhook', 'UpdateWebhookInput', { webhookId: id, enabled: true }, WEBHOOK);
    const again = await mutate<{ delivery: { status: string } }>(
      api,
      tokens.mx,
      'redeliverWebhook',
      'RedeliverWebhookInput',
      { deliveryId: delivery.id },
      'delivery { id status }',
    );
    expect(again.delivery.status).toBe('PENDING');
    const [redelivered] = (await endpoint.waitFor(sentBefore + 1)).slice(sentBefore);
    expect(redelivered.headers['webhook-id']).toBe(delivery.eventId);
    await until('delivered', async () => (await deliveries(api, tokens.mx, id))[0].status === 'DELIVERED');
  });

  it('keeps one organisation out of another’s endpoints and deliveries, and refuses members', async () => {
    const endpoint = await receiver();
    const { id } = await registerWebhook(api, tokens.hn, endpoint.url);
    const mine = await mutateRaw(api, tokens.iom, 'updateWebhook', 'UpdateWebhookInput', { webhookId: id, enabled: false });
    expect(mine.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const log = await api.gql(`query($id: ID!) { webhookDeliveries(webhookId: $id) { totalCount } }`, { id }, { token: tokens.iom });
    expect(log.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const gone = await mutate<{ webhookId: string }>(api, tokens.hn, 'deleteWebhook', 'DeleteWebhookInput', { webhookId: id }, 'webhookId revision');
    expect(gone.webhookId).toBe(id);
    const list = await api.gql<{ webhooks: Array<{ id: string }> }>(`query { webhooks { id } }`, {}, { token: tokens.hn });
    expect(list.data!.webhooks.map((w) => w.id)).not.toContain(id);
  });
});
