import { ConcurrencyError, InMemoryEventStore } from '@pfp/event-store';
import type { Actor, Aggregate, Command, CommandRequest } from '@pfp/kernel';
import { allow, deny, DomainError, requireSignIn, all } from '@pfp/kernel';
import { commandMetadata, runCommand } from './run-command';
import { deterministicEventId, runTogether } from './run-together';
import { StreamStates } from './stream-states';

type Event = { type: 'Opened'; data: { by: string } } | { type: 'Counted'; data: { n: number } };
type CounterCommand = Command<'Open', { by: string }> | Command<'Count', { n: number }>;
type State = { open: boolean; total: number; owner: string | null };

const mx: Actor = { accountId: 'a-mx', organizationId: 'org-mx', organizationKind: 'STATE', role: 'MEMBER', country: 'MEX' };
const ch: Actor = { accountId: 'a-ch', organizationId: 'org-ch', organizationKind: 'STATE', role: 'MEMBER', country: 'CHE' };

const counter: Aggregate<State, CounterCommand, Event> = {
  category: 'counter',
  initialState: () => ({ open: false, total: 0, owner: null }),
  policies: {
    Open: (actor) => requireSignIn(actor),
    Count: (actor, state) =>
      all(requireSignIn(actor), () => (state.owner === null || state.owner === actor?.organizationId ? allow() : deny('COUNTER.NOT_OWNER', 'not yours'))),
  },
  decide(command, state) {
    if (command.type === 'Open') {
      if (state.open) throw new DomainError('COUNTER.ALREADY_OPEN', 'already open', 'CONFLICT');
      return [{ type: 'Opened', data: { by: command.actor!.organizationId } }];
    }
    if (!state.open) throw new DomainError('COUNTER.NOT_FOUND', 'no such counter', 'NOT_FOUND');
    return command.data.n === 0 ? [] : [{ type: 'Counted', data: { n: command.data.n } }];
  },
  evolve(state, event) {
    return event.type === 'Opened' ? { ...state, open: true, owner: event.data.by } : { ...state, total: state.total + event.data.n };
  },
};

const at = new Date('2011-12-01T10:00:00Z');
const run = (store: InMemoryEventStore, stream: string, request: CommandRequest<CounterCommand>, actor: Actor | null = mx, expectedRevision?: number) =>
  runCommand(store, counter, stream, request, commandMetadata(actor, at), expectedRevision);

describe('runCommand', () => {
  it('loads, authorises, decides and appends with one metadata shape', async () => {
    const store = new InMemoryEventStore();
    const opened = await run(store, 'counter-1', { type: 'Open', data: { by: '' } });
    expect(opened).toMatchObject({ revision: 0, events: [{ type: 'Opened', data: { by: 'org-mx' } }], state: { open: true } });
    const counted = await run(store, 'counter-1', { type: 'Count', data: { n: 5 } }, mx, 0);
    expect(counted).toMatchObject({ revision: 1, state: { total: 5 } });
    expect(counted.position).toBeDefined();
    const [recorded] = await store.readStream('counter-1', { fromRevision: 1 });
    expect(recorded.metadata).toMatchObject({ actor: { accountId: 'a-mx', organizationId: 'org-mx' }, occurredAt: at.toISOString() });
    expect(recorded.metadata.correlationId).toBe(recorded.metadata.commandId);
    const nothing = await run(store, 'counter-1', { type: 'Count', data: { n: 0 } });
    expect(nothing).toMatchObject({ events: [], revision: 1 });
    expect(nothing.position).toBeUndefined();
  });

  it('denies by the policy before deciding, and writes nothing', async () => {
    const store = new InMemoryEventStore();
    await run(store, 'counter-5', { type: 'Open', data: { by: '' } });
    await expect(run(store, 'counter-5', { type: 'Count', data: { n: 1 } }, ch)).rejects.toMatchObject({ code: 'COUNTER.NOT_OWNER', kind: 'FORBIDDEN' });
    await expect(run(store, 'counter-5', { type: 'Count', data: { n: 1 } }, null)).rejects.toMatchObject({ kind: 'UNAUTHENTICATED' });
    expect(await store.readStream('counter-5')).toHaveLength(1);
  });

  it('refuses a stale expected revision with a CONFLICT and writes nothing', async () => {
    const store = new InMemoryEventStore();
    await run(store, 'counter-2', { type: 'Open', data: { by: '' } });
    await run(store, 'counter-2', { type: 'Count', data: { n: 1 } });
    await expect(run(store, 'counter-2', { type: 'Count', data: { n: 1 } }, mx, 0)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream('counter-2')).toHaveLength(2);
  });

  it('passes domain refusals through and writes nothing', async () => {
    const store = new InMemoryEventStore();
    await expect(run(store, 'counter-3', { type: 'Count', data: { n: 1 } })).rejects.toMatchObject({ code: 'COUNTER.NOT_FOUND' });
    expect(await store.readStream('counter-3')).toEqual([]);
  });

  it('retries a lost race on fresh state when the client named no revision', async () => {
    const store = new InMemoryEventStore();
    await run(store, 'counter-4', { type: 'Open', data: { by: '' } });
    const results = await Promise.all(Array.from({ length: 5 }, () => run(store, 'counter-4', { type: 'Count', data: { n: 1 } })));
    expect(results.map((r) => r.state.total).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('runCommand with the states kept from earlier reads', () => {
  const runKept = (store: InMemoryEventStore, states: StreamStates<State>, request: CommandRequest<CounterCommand>, expectedRevision?: number) =>
    runCommand(store, counter, 'counter-k', request, commandMetadata(mx, at), expectedRevision, states);

  it('reads only the events after the state kept, written here or elsewhere', async () => {
    const store = new InMemoryEventStore();
    const states = new StreamStates<State>();
    const reads: Array<number | undefined> = [];
    const readStream = store.readStream.bind(store);
    store.readStream = (name, options) => {
      reads.push(options?.fromRevision);
      return readStream(name, options);
    };
    await runKept(store, states, { type: 'Open', data: { by: '' } });
    await runKept(store, states, { type: 'Count', data: { n: 2 } });
    // another process's write: read from where the kept state ends
    await run(store, 'counter-k', { type: 'Count', data: { n: 3 } });
    const third = await runKept(store, states, { type: 'Count', data: { n: 4 } }, 2);
    expect(third).toMatchObject({ revision: 3, state: { total: 9 } });
    // the empty stream and the first state are read whole (nothing kept of an empty stream), the other process's write wholly by it
    expect(reads).toEqual([undefined, undefined, undefined, 1]);
    expect(states.get('counter-k')).toMatchObject({ revision: 2, state: { total: 5 } });
  });

  it('refuses a stale expected revision as before, and reads the stream whole after a conflict', async () => {
    const store = new InMemoryEventStore();
    const states = new StreamStates<State>();
    await runKept(store, states, { type: 'Open', data: { by: '' } });
    await runKept(store, states, { type: 'Count', data: { n: 1 } });
    await expect(runKept(store, states, { type: 'Count', data: { n: 1 } }, 0)).rejects.toBeInstanceOf(ConcurrencyError);
    expect(states.get('counter-k')).toBeUndefined();
    expect(await runKept(store, states, { type: 'Count', data: { n: 1 } }, 1)).toMatchObject({ revision: 2, state: { total: 2 } });
  });

  it('forgets a state that does not fit the stream (a store restored to an earlier point) and decides on what is stored', async () => {
    const states = new StreamStates<State>();
    const before = new InMemoryEventStore();
    await runKept(before, states, { type: 'Open', data: { by: '' } });
    await runKept(before, states, { type: 'Count', data: { n: 5 } });
    await runKept(before, states, { type: 'Count', data: { n: 5 } }); // kept: revision 1, total 5
    const restored = new InMemoryEventStore();
    await runKept(restored, new StreamStates<State>(), { type: 'Open', data: { by: '' } });
    const outcome = await runKept(restored, states, { type: 'Count', data: { n: 1 } });
    expect(outcome).toMatchObject({ revision: 1, state: { total: 1 } });
    expect(await restored.readStream('counter-k')).toHaveLength(2);
  });

  it('keeps at most its bound of streams, the least recently used dropped first', () => {
    const states = new StreamStates<number>(2);
    states.set('a', 1, 0);
    states.set('b', 2, 0);
    states.get('a');
    states.set('c', 3, 0);
    expect([states.get('a')?.state, states.get('b'), states.get('c')?.state]).toEqual([1, undefined, 3]);
    // nothing of an empty stream; a slower read of less does not replace what is further
    states.set('a', 0, -1);
    states.set('c', 4, 1);
    states.set('c', 2, 0);
    expect([states.get('a')?.state, states.get('c')]).toEqual([1, { state: 4, revision: 1 }]);
  });
});

describe('deterministicEventId', () => {
  it('is a UUID that depends on the command, the stream and the place', () => {
    const id = deterministicEventId('c1', 'counter-1', 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicEventId('c1', 'counter-1', 0)).toBe(id);
    expect(
      new Set([id, deterministicEventId('c2', 'counter-1', 0), deterministicEventId('c1', 'counter-2', 0), deterministicEventId('c1', 'counter-1', 1)]).size,
    ).toBe(4);
  });
});

describe('runTogether', () => {
  const steps = (a: string, b: string) => [
    { aggregate: counter as never, streamName: a },
    { aggregate: counter as never, streamName: b },
  ];

  it('decides each stream with its own state and policy, and writes all or nothing', async () => {
    const store = new InMemoryEventStore();
    await run(store, 'counter-t1', { type: 'Open', data: { by: '' } });
    const outcomes = await runTogether(
      store,
      steps('counter-t1', 'counter-t2'),
      () => [
        { type: 'Count', data: { n: 2 } },
        { type: 'Open', data: { by: '' } },
      ],
      commandMetadata(mx, at),
    );
    expect(outcomes.map((o) => o.revision)).toEqual([1, 0]);
    // the second stream's refusal (already open) leaves the first untouched
    await expect(
      runTogether(
        store,
        steps('counter-t1', 'counter-t2'),
        () => [
          { type: 'Count', data: { n: 3 } },
          { type: 'Open', data: { by: '' } },
        ],
        commandMetadata(mx, at),
      ),
    ).rejects.toMatchObject({ code: 'COUNTER.ALREADY_OPEN' });
    expect(await store.readStream('counter-t1')).toHaveLength(2);
  });
});

describe('runTogether with nothing to write', () => {
  it('returns the states without appending', async () => {
    const store = new InMemoryEventStore();
    await run(store, 'counter-n1', { type: 'Open', data: { by: '' } });
    const outcomes = await runTogether(
      store,
      [{ aggregate: counter as never, streamName: 'counter-n1' }],
      () => [{ type: 'Count', data: { n: 0 } }],
      commandMetadata(mx, at),
    );
    expect(outcomes).toMatchObject([{ events: [], revision: 0 }]);
    expect(outcomes[0].position).toBeUndefined();
  });
});
