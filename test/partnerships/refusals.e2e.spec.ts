import { startTestApi, type TestApi } from '../authorization/harness';
import { CALL, PROJECT, launchProject, mutate, mutateRaw, org, postCall, respond } from './partnership-api';

const EVENTS = `SELECT count(*) FROM es_events`;

describe('refusals: a clear error with extensions.code, and nothing written', () => {
  let api: TestApi;
  let mx: string;
  let hn: string;
  let iom: string;

  beforeAll(async () => {
    api = await startTestApi();
    [mx, hn, iom] = await Promise.all(['mx', 'hn', 'iom'].map((id) => api.signInAsDemo(id)));
  });
  afterAll(() => api?.close());

  /**
   * Runs mutation `name` (input type `<Name>Input`) as `token`, expects it refused with `code` and
   * `naming` (the domain reason or the field) in its extensions, and the log not grown; returns the message.
   */
  async function refused(token: string, name: string, input: Record<string, unknown>, code: string, naming: string): Promise<string> {
    const before = await api.count(EVENTS);
    const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const result = await mutateRaw(api, token, name, inputType, input, name.includes('Project') || name === 'addProjectPartner' ? PROJECT : CALL);
    expect(result.data?.[name] ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code });
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain(naming);
    expect(await api.count(EVENTS)).toBe(before);
    return result.errors![0].message;
  }

  it('refuses a response to a closed call', async () => {
    const callId = await postCall(api, mx);
    await mutate(api, mx, 'closeCallForAction', 'CloseCallForActionInput', { callId }, CALL);
    const message = await refused(hn, 'respondToCallForAction', { callId, offerKind: 'TRAINING', message: 'Late' }, 'BAD_USER_INPUT', 'CALL.CLOSED');
    expect(message).toMatch(/closed/);
  });

  it("refuses a response to one's own call", async () => {
    const callId = await postCall(api, mx);
    await refused(mx, 'respondToCallForAction', { callId, offerKind: 'TRAINING', message: 'Us' }, 'FORBIDDEN', 'CALL.OWN_CALL');
  });

  it('refuses a second response from the same organisation', async () => {
    const callId = await postCall(api, mx);
    await respond(api, hn, callId);
    await refused(hn, 'respondToCallForAction', { callId, offerKind: 'TRAINING', message: 'Again' }, 'CONFLICT', 'CALL.ALREADY_RESPONDED');
  });

  it('refuses an update from an organisation that is not a partner', async () => {
    const projectId = await launchProject(api, mx, { partners: [{ organizationId: org('hn'), role: 'PARTNER' }] });
    await refused(iom, 'postProjectUpdate', { projectId, text: 'Not ours' }, 'FORBIDDEN', 'PROJECT.NOT_PARTNER');
  });

  it('refuses partners added by anyone but the lead', async () => {
    const projectId = await launchProject(api, mx, { partners: [{ organizationId: org('hn'), role: 'PARTNER' }] });
    await refused(hn, 'addProjectPartner', { projectId, organizationId: org('iom') }, 'FORBIDDEN', 'PROJECT.NOT_LEAD');
  });

  it('refuses a video link that is not YouTube or Vimeo, naming the field', async () => {
    const projectId = await launchProject(api, mx);
    await refused(mx, 'postProjectUpdate', { projectId, text: 'Watch', videoUrl: 'https://evil.example/v/1' }, 'BAD_USER_INPUT', 'videoUrl');
  });

  it('refuses a stale expectedRevision with CONFLICT', async () => {
    const projectId = await launchProject(api, mx);
    await mutate(api, mx, 'postProjectUpdate', 'PostProjectUpdateInput', { projectId, text: 'One' }, PROJECT);
    await refused(mx, 'postProjectUpdate', { projectId, text: 'Two', expectedRevision: 0 }, 'CONFLICT', 'EVENT_STORE.WRONG_EXPECTED_REVISION');
  });

  it('closes a call by itself once its deadline has passed', async () => {
    const { DeadlineCloser } = await import('@pfp/calls-for-action');
    const deadline = new Date(Date.now() + 60_000).toISOString();
    const callId = await postCall(api, mx, { deadline });
    expect(await api.app.get(DeadlineCloser).closeDue(new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
    const deadlineError = await mutateRaw(
      api,
      hn,
      'respondToCallForAction',
      'RespondToCallForActionInput',
      { callId, offerKind: 'TRAINING', message: 'Late' },
      CALL,
    );
    expect(deadlineError.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const events: Array<{ type: string; actor: unknown }> = await api.dataSource.query(
      `SELECT event_type AS type, metadata::jsonb->'actor' AS actor FROM es_events WHERE stream_name = $1 ORDER BY revision`,
      [callId],
    );
    expect(events.map((e) => e.type)).toEqual(['CallForActionPosted', 'CallForActionClosed']);
    expect(events[1].actor).toBeNull();
  });
});
