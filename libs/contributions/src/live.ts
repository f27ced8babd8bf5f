import type { EventStore, RecordedEvent } from '@pfp/event-store';
import { fold, ValidationError, type Decider, type DomainEvent } from '@pfp/kernel';

/** What one event of a context's stream publishes live. */
export interface LiveUpdate {
  event: RecordedEvent;
  /** For the context's own subscriptions: a JSON-safe payload (it may cross Redis) on its topic. */
  message?: { topic: string; payload: unknown };
  /** The subject as its followers see it just after the event: its feed item then goes to the live feed. */
  subject?: { title: string; readers: string[] | null };
}

/**
 * A context's live-update mapping: the events of its category, in log order, to what they
 * publish. It may read its own state (its aggregate folded to each event, its read model);
 * live only delivers.
 */
export interface LiveMapping {
  category: string;
  map(events: RecordedEvent[]): Promise<LiveUpdate[]>;
}

/** What a context's GraphQL subscription listens to; provided by live (in memory or Redis). */
export interface LiveChannel {
  listen<T>(topics: string | string[]): AsyncIterableIterator<T>;
}

/** null: anyone may read it; else only the organisations listed. */
export const mayRead = (readers: string[] | null, organizationId: string | undefined): boolean =>
  readers === null || (organizationId !== undefined && readers.includes(organizationId));

/** Keeps what passes `keep`; ending it unsubscribes the source. */
export function filtered<T>(source: AsyncIterator<T>, keep: (value: T) => boolean | Promise<boolean>): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || (await keep(result.value))) return result;
      }
    },
    return: () => (source.return ? source.return() : Promise.resolve({ done: true, value: undefined })),
    throw: (error?: unknown) => (source.throw ? source.throw(error) : Promise.reject(error)),
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

// Every subscriber of a topic receives the same message object: map it once, not once per subscriber.
const mapped = new WeakMap<object, unknown>();

export function mapOnce<T>(message: object, map: () => T): T {
  // a subscription sent as a plain HTTP request is executed once, with no message
  if (typeof message !== 'object' || message === null) {
    throw new ValidationError('SUBSCRIPTION.NOT_OVER_HTTP', 'Subscriptions are served over graphql-ws on /graphql, not over HTTP.');
  }
  if (!mapped.has(message)) mapped.set(message, map());
  return mapped.get(message) as T;
}

/**
 * Each event of `news` with its stream's state just after it, for a context's mapping that
 * publishes its aggregate as the event left it: one read per stream, the kernel's fold along it.
 */
export async function statesAfter<State, E extends DomainEvent>(
  store: EventStore,
  decider: Pick<Decider<State, never, E>, 'initialState' | 'evolve'>,
  news: RecordedEvent[],
): Promise<Array<{ event: RecordedEvent; state: State }>> {
  const byStream = new Map<string, Map<number, RecordedEvent>>();
  for (const e of news) byStream.set(e.streamName, (byStream.get(e.streamName) ?? new Map()).set(e.revision, e));
  const out: Array<{ event: RecordedEvent; state: State }> = [];
  for (const [stream, wanted] of byStream) {
    const last = Math.max(...wanted.keys());
    let state = decider.initialState();
    for (const e of await store.readStream(stream)) {
      if (e.revision > last) break;
      state = fold(decider, [{ type: e.type, data: e.data } as E], state);
      const event = wanted.get(e.revision);
      if (event) out.push({ event, state });
    }
  }
  return out;
}
