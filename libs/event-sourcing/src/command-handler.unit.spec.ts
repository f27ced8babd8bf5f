import { ConcurrencyError, InMemoryEventStore } from '@pfp/event-store';
import type { Decider } from '@pfp/kernel';
import { DomainError } from '@pfp/kernel';
import { handleCommand } from './command-handler';

type Event = { type: 'Opened'; data: { by: string } } | { type: 'Counted'; data: { n: number } };
type Command = { type: 'Open'; by: string } | { type: 'Count'; n: number };
type State = { open: boolean; total: number };

const counter: Decider<State, Command, Event> = {
  initialState: () => ({ open: false, total: 0 }),
  decide(command, state) {
    if (command.type === 'Open') {
      if (state.open) throw new DomainError('COUNTER.ALREADY_OPEN', 'already open', 'CONFLICT');
      return [{ type: 'Opened', data: { by: command.by } }];
    }
    if (!state.open) throw new DomainError('COUNTER.NOT_FOUND', 'no such counter', 'NOT_FOUND');
    return command.n === 0 ? [] : [{ type: 'Counted', data: { n: command.n } }];
  },
  evolve(state, event) {
    return event.type === 'Opened' ? { ...state, open: true } : { ...state, total: state.total + event.data.n };
  },
};

describe('handleCommand', () => {
  it('loads, decides and appends, returning the new state and revision', async () => {
    const store = new InMemoryEventStore();
    const opened = await handleCommand(store, 'counter-1', counter, { type: 'Open', by: 'mx' });
    expect(opened).toMatchObject({ revision: 0, events: [{ type: 'Opened' }], state: { open: true } });
    const counted = await handleCommand(store, 'counter-1', counter, { type: 'Count', n: 5 }, { expectedRevision: 0 });
    expect(counted).toMatchObject({ revision: 1, state: { total: 5 } });
    expect(counted.position).toBeDefined();
    const nothing = await handleCommand(store, 'counter-1', counter, { type: 'Count', n: 0 });
    expect(nothing).toMatchObject({ events: [], revision: 1 });
    expect(nothing.position).toBeUndefined();
  });

  it('refuses a stale expected revision with a CONFLICT and writes nothing', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, 'counter-2', counter, { type: 'Open', by: 'mx' });
    await handleCommand(store, 'counter-2', counter, { type: 'Count', n: 1 });
    await expect(handleCommand(store, 'counter-2', counter, { type: 'Count', n: 1 }, { expectedRevision: 0 })).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream('counter-2')).toHaveLength(2);
  });

  it('passes domain refusals through and writes nothing', async () => {
    const store = new InMemoryEventStore();
    await expect(handleCommand(store, 'counter-3', counter, { type: 'Count', n: 1 })).rejects.toMatchObject({ code: 'COUNTER.NOT_FOUND' });
    expect(await store.readStream('counter-3')).toEqual([]);
  });

  it('retries a lost race on fresh state when the client named no revision', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, 'counter-4', counter, { type: 'Open', by: 'mx' });
    const results = await Promise.all(Array.from({ length: 5 }, () => handleCommand(store, 'counter-4', counter, { type: 'Count', n: 1 })));
    expect(results.map((r) => r.state.total).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
