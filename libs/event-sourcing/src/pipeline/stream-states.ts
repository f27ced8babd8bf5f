/** A stream's state as folded from its stored events up to `revision`. */
export interface StreamState<State> {
  state: State;
  revision: number;
}

/**
 * The states the last command on each stream read, so that the next one on the same stream
 * reads only the events after them instead of the whole stream again (and folds only those):
 * a stream only grows, and its events never change. Only states folded from stored events are
 * kept (never one folded from events not yet read back), at most `max` streams, the least
 * recently used dropped first. Per aggregate: a category's states are of its one type.
 */
export class StreamStates<State = unknown> {
  private readonly entries = new Map<string, StreamState<State>>();

  constructor(private readonly max = 1000) {}

  get(streamName: string): StreamState<State> | undefined {
    const entry = this.entries.get(streamName);
    if (entry) {
      // the most recently used goes last
      this.entries.delete(streamName);
      this.entries.set(streamName, entry);
    }
    return entry;
  }

  set(streamName: string, state: State, revision: number): void {
    if (revision < 0) return;
    const known = this.entries.get(streamName);
    if (known && known.revision > revision) return; // a slower command read less: keep what is further
    this.entries.delete(streamName);
    this.entries.set(streamName, { state, revision });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(streamName: string): void {
    this.entries.delete(streamName);
  }

  get size(): number {
    return this.entries.size;
  }
}
