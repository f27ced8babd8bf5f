import { InMemoryEventStore } from '@pfp/event-store';
import { Contributions } from './contributions';
import type { FollowableSubject } from './followable';
import { mapOnce, statesAfter } from './live';

const GARDEN = 'garden-2b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';

describe('Contributions', () => {
  it('finds the subject an id names by its category, and its feed text by event type', () => {
    const contributions = new Contributions();
    const garden: FollowableSubject<{ type: 'Watered'; data: { litres: number } }> = {
      category: 'garden',
      kind: 'GARDEN',
      mayFollow: async () => true,
      changes: {},
      feedTexts: { Watered: (d) => ({ text: 'Watered.', metrics: [{ indicator: 'litres', value: d.litres }] }) },
    };
    contributions.followable(garden);
    expect(contributions.subjectOf(GARDEN)?.kind).toBe('GARDEN');
    expect(contributions.subjectOf('weather-2b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c')).toBeNull();
    expect(contributions.subjectOf('garden-x')).toBeNull();
    expect(contributions.feedTextOf({ streamName: GARDEN, type: 'Watered', data: { litres: 3 } })).toEqual({
      text: 'Watered.',
      metrics: [{ indicator: 'litres', value: 3 }],
    });
    expect(contributions.feedTextOf({ streamName: GARDEN, type: 'Weeded', data: {} })).toBeNull();
    expect(() => contributions.followable(garden)).toThrow(/twice/);
  });

  it('runs the demo steps in their order, identity first', () => {
    const contributions = new Contributions();
    for (const [name, order] of [
      ['projects', 20],
      ['identity', 0],
      ['calls', 10],
    ] as const)
      contributions.demoSeed({ name, order, run: async () => null });
    expect(contributions.demoSeeds().map((s) => s.name)).toEqual(['identity', 'calls', 'projects']);
  });

  it('says when live updates are not installed', () => expect(() => new Contributions().liveChannel()).toThrow(/not installed/));
});

describe('statesAfter', () => {
  it("gives each event its stream's state just after it, with one read per stream", async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(
      GARDEN,
      [1, 2, 3, 4].map((n) => ({ type: 'Watered', data: { litres: n } })),
    );
    const decider = { initialState: () => 0, evolve: (total: number, e: { type: string; data: unknown }) => total + (e.data as { litres: number }).litres };
    const events = await store.readStream(GARDEN);
    const states = await statesAfter(store, decider, [events[1], events[2]]);
    expect(states.map((s) => [s.event.revision, s.state])).toEqual([
      [1, 3],
      [2, 6],
    ]);
  });
});

describe('mapOnce', () => {
  it('maps a message once for all its subscribers', () => {
    const message = { n: 1 };
    let calls = 0;
    const map = () => ++calls;
    expect([mapOnce(message, map), mapOnce(message, map)]).toEqual([1, 1]);
  });

  it('refuses a subscription executed over plain HTTP (no message) with a BAD_USER_INPUT', () => {
    expect(() => mapOnce(undefined as unknown as object, () => 1)).toThrow(
      expect.objectContaining({ code: 'SUBSCRIPTION.NOT_OVER_HTTP', kind: 'BAD_USER_INPUT' }),
    );
  });
});
