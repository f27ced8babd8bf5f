import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { commandMetadata, deterministicEventId, runCommand, runTogether } from '@pfp/event-sourcing';
import { ConcurrencyError, PostgresEventStore, type EventStore, type RecordedEvent } from '@pfp/event-store';
import { fold, type Actor } from '@pfp/kernel';
import { launchRequestData } from '@pfp/partnership-projects/testing';
import { createTestDatabase, type TestDatabase } from '@pfp/testing';
import { Pool } from 'pg';
import { completeCallConversions } from '../complete-call-conversion/complete-call-conversion';
import type { CallForActionEvent } from '../domain/call-for-action';
import { callForActionAggregate } from '../domain/decide';
import { launchFromCallSteps } from './launch-project-from-call';

const CHILD = join(__dirname, 'launch-crash.fixture.ts');
const REGISTER = join(__dirname, '..', '..', '..', '..', 'tools', 'register.cjs');

const actor = (organizationId: string): Actor => ({ accountId: `account-${organizationId}`, organizationId, organizationKind: 'STATE', role: 'MEMBER' });
const mexico = actor(`organization-${randomUUID()}`);
const honduras = actor(`organization-${randomUUID()}`);

let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  db = await createTestDatabase('launch');
  pool = new Pool({ connectionString: db.url, max: 5 });
  store = await PostgresEventStore.create(pool);
});
afterAll(async () => {
  await store?.close();
  await pool?.end();
  await db?.drop();
});

/** A call of Mexico with Honduras's response accepted: ready to become a project. */
async function convertibleCall(): Promise<string> {
  const callId = `callForAction-${randomUUID()}`;
  const send = (by: Actor, request: Parameters<typeof runCommand<never, never, never>>[3]) =>
    runCommand(store, callForActionAggregate, callId, request as never, commandMetadata(by, new Date()));
  await send(mexico, {
    type: 'PostCallForAction',
    data: {
      callId,
      title: 'Training',
      description: 'Five days',
      kind: 'TRAINING',
      themes: [],
      countries: ['MEX'],
      deadline: null,
      practiceId: null,
      coPosters: [],
    },
  } as never);
  await send(honduras, { type: 'RespondToCallForAction', data: { offerKind: 'TRAINING', message: 'We join' } } as never);
  await send(mexico, { type: 'AcceptResponse', data: { organizationId: honduras.organizationId } } as never);
  return callId;
}

const callState = async (callId: string) =>
  fold(
    callForActionAggregate,
    (await store.readStream(callId)).map((e) => ({ type: e.type, data: e.data }) as CallForActionEvent),
  );

/** The invariant: every converted call names a project whose stream exists. */
async function callsPointingAtMissingProjects(): Promise<string[]> {
  const missing: string[] = [];
  for (const e of await store.readAll()) {
    if (e.type !== 'CallForActionConverted') continue;
    const projectId = (e.data as { projectId: string }).projectId;
    if ((await store.readStream(projectId)).length === 0) missing.push(`${e.streamName} -> ${projectId}`);
  }
  return missing;
}

/** The PostgreSQL store, with a concurrent writer slipping an event into `streamName` just before the first multi-stream append. */
function withConcurrentWrite(target: EventStore, streamName: string, event: { type: string; data: unknown }): EventStore {
  let slipped = false;
  return new Proxy(target, {
    get(t, property) {
      if (property === 'appendToStreams') {
        return async (appends: Parameters<EventStore['appendToStreams']>[0]) => {
          if (!slipped) {
            slipped = true;
            await t.appendToStream(streamName, [{ type: event.type, data: event.data as never }]);
          }
          return t.appendToStreams(appends);
        };
      }
      const value = Reflect.get(t, property, t) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
}

describe('launching a project from a call', () => {
  it('writes the project and the conversion together on PostgreSQL; the completion then has nothing to do', async () => {
    const callId = await convertibleCall();
    const projectId = `project-${randomUUID()}`;
    const { steps, build } = launchFromCallSteps(callId, projectId, launchRequestData({ id: projectId, fromCallId: callId }));
    expect(store.supportsMultiStreamAppend).toBe(true);
    await runTogether(store, steps, build as never, commandMetadata(mexico, new Date()));
    const [launched] = await store.readStream(projectId);
    expect(launched.data).toMatchObject({ fromCallId: callId, partners: [{ organizationId: honduras.organizationId, role: 'PARTNER' }] });
    expect(await callState(callId)).toMatchObject({ status: 'CONVERTED', call: { projectId } });
    const before = (await store.readStream(callId)).length;
    expect(await completeCallConversions(store, [launched], new Date())).toEqual([]);
    expect(await store.readStream(callId)).toHaveLength(before);
  });

  it('on PostgreSQL, a call that changed since it was read leaves no project stream written', async () => {
    const callId = await convertibleCall();
    const projectId = `project-${randomUUID()}`;
    const { steps, build } = launchFromCallSteps(callId, projectId, launchRequestData({ id: projectId, fromCallId: callId }));
    // The client saw an older revision of the call: refused, nothing written.
    const stale = steps.map((s) => (s.streamName === callId ? { ...s, expectedRevision: 1 } : s));
    await expect(runTogether(store, stale, build as never, commandMetadata(mexico, new Date()))).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream(projectId)).toEqual([]);
    // Honduras withdraws between the read and the atomic append: the append fails as a whole
    // (no project), and decided again on the call as it now is, the launch is refused.
    const racing = withConcurrentWrite(store, callId, {
      type: 'ResponseWithdrawn',
      data: { organizationId: honduras.organizationId, withdrawnAt: new Date().toISOString() },
    });
    await expect(runTogether(racing, steps, build as never, commandMetadata(mexico, new Date()))).rejects.toMatchObject({ code: 'CALL.NO_ACCEPTED_RESPONSE' });
    expect(await store.readStream(projectId)).toEqual([]);
    expect((await callState(callId)).status).toBe('OPEN');
  });

  it('killed between the two writes (KurrentDB path) leaves no call pointing at a missing project, and the completion converts it', async () => {
    const callId = await convertibleCall();
    const projectId = `project-${randomUUID()}`;
    const child = spawn(process.execPath, ['-r', REGISTER, CHILD, db.url, callId, projectId, JSON.stringify(mexico)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('project written')) resolve();
      });
      child.on('exit', () => reject(new Error(`the child ended before writing the project: ${output}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('both written');

    // Between the writes: the project exists, the call is not converted, nothing points at a missing project.
    const projectEvents: RecordedEvent[] = await store.readStream(projectId);
    expect(projectEvents.map((e) => e.type)).toEqual(['PartnershipProjectLaunched']);
    expect((await callState(callId)).status).toBe('OPEN');
    expect(await callsPointingAtMissingProjects()).toEqual([]);

    // The completion process (the call-conversion-completion consumer's handler) follows the log.
    expect(await completeCallConversions(store, await store.readAll(), new Date())).toEqual([]);
    expect(await callState(callId)).toMatchObject({ status: 'CONVERTED', call: { projectId } });
    const [converted] = await store.readStream(callId, { fromRevision: 3 });
    expect(converted.metadata).toMatchObject({
      actor: null,
      causationId: projectEvents[0].metadata.eventId,
      correlationId: projectEvents[0].metadata.correlationId,
    });
    // the id the interrupted launch would have given it, so a launch resuming its second write finds it stored
    expect(converted.metadata.eventId).toBe(deterministicEventId(projectEvents[0].metadata.commandId, callId, 0));
    expect(await callsPointingAtMissingProjects()).toEqual([]);

    // Run again (a replay, or a second process): nothing more.
    await completeCallConversions(store, await store.readAll(), new Date());
    expect(await store.readStream(callId)).toHaveLength(4);
  });
});
