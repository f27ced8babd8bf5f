import type { AppendContext, EventStore, GlobalPosition } from '@pfp/event-store';
import { ConcurrencyError, NO_STREAM } from '@pfp/event-store';
import type { Decider, DomainEvent } from '@pfp/kernel';

const MAX_ATTEMPTS = 10;

export interface HandleCommandOptions {
  /** The revision the client last saw; a different current revision is a CONFLICT. */
  expectedRevision?: number;
  context?: AppendContext;
  /** Schema version per event type (default 1). */
  schemaVersions?: Record<string, number>;
}

export interface CommandResult<State, Event> {
  state: State;
  events: Event[];
  /** The stream's revision after the command (-1: still empty). */
  revision: number;
  /** Where the last new event stands in the global log; absent when nothing was appended. */
  position?: GlobalPosition;
}

/**
 * Load, decide, append: reads the stream, folds it, asks the decider, and appends the new
 * events expecting the revision it read, so a concurrent writer makes one of the two fail.
 * Without a client `expectedRevision` a lost race is retried on fresh state.
 */
export async function handleCommand<State, Command, Event extends DomainEvent>(
  store: EventStore,
  streamName: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  options: HandleCommandOptions = {},
): Promise<CommandResult<State, Event>> {
  for (let attempt = 1; ; attempt++) {
    const recorded = await store.readStream(streamName);
    const revision = recorded.length - 1;
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new ConcurrencyError(streamName, options.expectedRevision, revision < 0 ? 'NO_STREAM' : revision);
    }
    let state = decider.initialState();
    for (const e of recorded) state = decider.evolve(state, { type: e.type, data: e.data } as Event);
    const events = decider.decide(command, state);
    if (events.length === 0) return { state, events, revision };
    try {
      const result = await store.appendToStream(
        streamName,
        events.map((e) => ({ type: e.type, data: e.data, schemaVersion: options.schemaVersions?.[e.type] ?? 1 })),
        { expectedRevision: revision < 0 ? NO_STREAM : revision, context: options.context },
      );
      for (const e of events) state = decider.evolve(state, e);
      return { state, events, revision: result.nextExpectedRevision, position: result.position };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || options.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
