/**
 * Live messages carry the id of what they report (the event's id and the message's place
 * among that event's messages), so that a subscription drops one it already delivered: the
 * publisher is at least once (a publisher taking over replays from the shared checkpoint
 * what its predecessor may already have sent), each subscription's delivery exactly once.
 */
export const LIVE_ID = 'liveId';

/** How many ids a subscription remembers: more than a takeover replays (MAX_REPLAY events) can bring to one subscriber. */
const REMEMBERED = 4096;

/** The payload with its id, when it is an object (payloads are JSON objects: they may cross Redis). */
export function withLiveId<T>(payload: T, id: string): T {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? ({ ...payload, [LIVE_ID]: id } as T) : payload;
}

/** Numbers the messages of one publication per event: the same batch published again gets the same ids. */
export function liveIds(): (eventId: string, topic: string) => string {
  const counts = new Map<string, number>();
  return (eventId, topic) => {
    const key = `${eventId} ${topic}`;
    const n = counts.get(key) ?? 0;
    counts.set(key, n + 1);
    return `${eventId}/${topic}/${n}`;
  };
}

/** `source` without the messages it already gave (by their id); messages without one pass. Ending it ends the source. */
export function deliveredOnce<T>(source: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  const seen = new Set<string>();
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await source.next();
        const id = result.done ? undefined : (result.value as Record<string, unknown> | null)?.[LIVE_ID];
        if (typeof id !== 'string') return result;
        if (seen.has(id)) continue;
        seen.add(id);
        // a Set iterates in insertion order: the oldest id goes first
        if (seen.size > REMEMBERED) seen.delete(seen.values().next().value as string);
        return result;
      }
    },
    return: () => (source.return ? source.return() : Promise.resolve({ done: true as const, value: undefined })),
    throw: (error?: unknown) => (source.throw ? source.throw(error) : Promise.reject(error)),
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
