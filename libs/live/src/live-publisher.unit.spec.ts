import { Contributions, type LiveMapping } from '@pfp/contributions';
import { PubSub } from 'graphql-subscriptions';
import { InMemoryEventStore, type CheckpointStore, type GlobalPosition } from '@pfp/event-store';
import { processCheckpoints, resumableCheckpoints } from './checkpoints';
import { LivePublisher } from './live-publisher';
import { topics } from './messages';
import { deliveredOnce } from './once';

// A context made up for the spec: live knows subjects only through what their contexts register.
const GARDEN = 'garden-2b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const ACCOUNT = '0b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c';
const at = { context: { actor: null, occurredAt: '2011-06-01T00:00:00.000Z' } };

function registry(): Contributions {
  const contributions = new Contributions();
  contributions.followable({
    category: 'garden',
    kind: 'GARDEN',
    mayFollow: async () => true,
    changes: {},
    feedTexts: { GardenNewsPosted: (d: { text: string }) => ({ text: d.text, metrics: [] }) },
  });
  const mapping: LiveMapping = {
    category: 'garden',
    map: async (events) =>
      events.map((event) => ({
        event,
        message: { topic: `garden.${event.streamName}`, payload: { type: event.type } },
        subject: { title: 'The garden', readers: ['organization-mx'] },
      })),
  };
  contributions.liveUpdates(mapping);
  return contributions;
}

describe('LivePublisher.publish', () => {
  it("publishes what the context's mapping says, the feed item of its followers and the follows of an account", async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(
      `follows-${ACCOUNT}`,
      [{ type: 'SubjectFollowed', data: { subjectId: GARDEN, subjectKind: 'GARDEN', followedAt: at.context.occurredAt } }],
      at,
    );
    await store.appendToStream(
      GARDEN,
      [
        { type: 'GardenPlanted', data: {} },
        { type: 'GardenNewsPosted', data: { text: 'Tomatoes.' } },
      ],
      at,
    );
    await store.appendToStream('weather-2b0f3c2a-6a43-4c55-9a5b-1d2f3e4a5b6c', [{ type: 'RainFell', data: {} }], at);
    const published: Array<[string, unknown]> = [];
    const pubsub = { publish: async (topic: string, payload: unknown) => void published.push([topic, payload]) };
    const publisher = new LivePublisher(store, pubsub as never, {} as never, {} as never, {} as never, registry());
    await publisher.publish(await store.readAll());
    expect(published.map(([topic]) => topic)).toEqual([topics.follows(`account-${ACCOUNT}`), `garden.${GARDEN}`, `garden.${GARDEN}`, topics.feed]);
    expect(published[3][1]).toMatchObject({
      kind: 'feed',
      readers: ['organization-mx'],
      item: { subjectId: GARDEN, subjectKind: 'GARDEN', subjectTitle: 'The garden', text: 'Tomatoes.' },
    });
  });
});

describe('a replayed publication', () => {
  it('reaches each subscription once: the messages carry their event ids, the subscription drops what it had', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(
      GARDEN,
      [
        { type: 'GardenPlanted', data: {} },
        { type: 'GardenNewsPosted', data: { text: 'Tomatoes.' } },
      ],
      at,
    );
    const pubsub = new PubSub();
    const publisher = new LivePublisher(store, pubsub, {} as never, {} as never, {} as never, registry());
    const subscription = deliveredOnce(pubsub.asyncIterableIterator<{ type: string }>(`garden.${GARDEN}`));
    const received: string[] = [];
    const reading = (async () => {
      for await (const m of subscription) if (received.push(m.type) === 3) break;
    })();
    const events = await store.readAll();
    await publisher.publish(events);
    await publisher.publish(events); // a publisher taking over from the checkpoint sends the batch again
    await store.appendToStream(GARDEN, [{ type: 'GardenNewsPosted', data: { text: 'Beans.' } }], at);
    await publisher.publish(await store.readAll({ after: events[1].position }));
    await reading;
    expect(received).toEqual(['GardenPlanted', 'GardenNewsPosted', 'GardenNewsPosted']);
  });
});

describe('live checkpoints', () => {
  const memory = (): CheckpointStore<null> & { stored: GlobalPosition | null } => {
    const c = {
      stored: null as GlobalPosition | null,
      read: async () => c.stored,
      write: async (_tx: null, _name: string, expected: GlobalPosition | null, next: GlobalPosition) => {
        const same = expected === null ? c.stored === null : c.stored !== null && expected.commit === c.stored.commit && expected.prepare === c.stored.prepare;
        if (!same) return false;
        c.stored = next;
        return true;
      },
    };
    return c;
  };
  const tx = { transaction: <T>(work: (tx: null) => Promise<T>) => work(null) };

  it('resumes where the last publisher stopped, unless that is too far back or it never ran: then from the head', async () => {
    const store = new InMemoryEventStore();
    for (let i = 0; i < 5; i++) await store.appendToStream(`${GARDEN.slice(0, -1)}${i}`, [{ type: 'GardenPlanted', data: {} }]);
    const base = memory();
    const checkpoints = resumableCheckpoints(base, tx, store, 3, () => undefined);
    const head = await store.headPosition();
    expect(await checkpoints.read('live')).toEqual(head); // never ran: the head, written through the base store
    expect(base.stored).toEqual(head);
    const [, second] = await store.readAll();
    base.stored = second.position; // 3 events behind: resumes there
    expect(await checkpoints.read('live')).toEqual(second.position);
    const [first] = await store.readAll();
    base.stored = first.position; // 4 behind: skips to the head
    expect(await checkpoints.read('live')).toEqual(head);
  });

  it('in one process starts at the head at boot and keeps its own position', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(GARDEN, [{ type: 'GardenPlanted', data: {} }]);
    const { checkpoints } = processCheckpoints(store);
    expect(await checkpoints.read('live')).toEqual(await store.headPosition());
    await checkpoints.write(null, 'live', null, { commit: 9n, prepare: 9n });
    expect(await checkpoints.read('live')).toEqual({ commit: 9n, prepare: 9n });
  });
});
