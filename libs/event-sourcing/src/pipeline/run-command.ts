import { randomUUID } from 'node:crypto';
import type { AppendContext, EventStore, GlobalPosition, NewEvent, RecordedEvent } from '@pfp/event-store';
import { ConcurrencyError, NO_STREAM } from '@pfp/event-store';
import type { Actor, Aggregate, AnyCommand, CommandRequest, DomainEvent } from '@pfp/kernel';
import { decideAuthorized, fold } from '@pfp/kernel';
import type { StreamStates } from './stream-states';

const MAX_ATTEMPTS = 10;

/** What is the same for every command: who, when, and the ids that tie events to it. */
export interface CommandMetadata {
  actor: Actor | null;
  /** ISO 8601, from the pipeline's clock. */
  at: string;
  commandId: string;
  correlationId: string;
  causationId: string;
}

export function commandMetadata(
  actor: Actor | null,
  at: Date,
  ids: { commandId?: string; correlationId?: string; causationId?: string } = {},
): CommandMetadata {
  const commandId = ids.commandId ?? randomUUID();
  return { actor, at: at.toISOString(), commandId, correlationId: ids.correlationId ?? commandId, causationId: ids.causationId ?? commandId };
}

export function appendContextOf(metadata: CommandMetadata): AppendContext {
  const { actor, at, commandId, correlationId, causationId } = metadata;
  return { actor: actor ? { accountId: actor.accountId, organizationId: actor.organizationId } : null, occurredAt: at, commandId, correlationId, causationId };
}

export interface CommandOutcome<State, Event> {
  state: State;
  /** The events this command appended ([] when the decider had nothing to add). */
  events: Event[];
  /** The stream's revision after the command (-1: still empty). */
  revision: number;
  /** Where the last new event stands in the global log; absent when nothing was appended. */
  position?: GlobalPosition;
}

/** One stream's state as its events leave it (`from`: the state before the first of them). */
export function foldRecorded<State, C extends AnyCommand, E extends DomainEvent>(
  aggregate: Aggregate<State, C, E>,
  recorded: readonly RecordedEvent[],
  from?: State,
): State {
  return fold(
    aggregate,
    recorded.map((e) => ({ type: e.type, data: e.data }) as E),
    from,
  );
}

/**
 * The stream's current state and revision, read from the store: with `states`, only the events
 * after the state kept from the last read are read and folded (a stream only grows).
 */
async function loadStream<State, C extends AnyCommand, E extends DomainEvent>(
  store: EventStore,
  aggregate: Aggregate<State, C, E>,
  streamName: string,
  states: StreamStates<State> | undefined,
): Promise<{ state: State; revision: number }> {
  const kept = states?.get(streamName);
  if (kept) {
    const recorded = await store.readStream(streamName, { fromRevision: kept.revision + 1 });
    if (recorded.length === 0 || recorded[0].revision === kept.revision + 1) {
      const loaded = { state: foldRecorded(aggregate, recorded, kept.state), revision: kept.revision + recorded.length };
      states!.set(streamName, loaded.state, loaded.revision);
      return loaded;
    }
    states!.forget(streamName); // not the stream it was: read it whole
  }
  const recorded = await store.readStream(streamName);
  const loaded = { state: foldRecorded(aggregate, recorded), revision: recorded.length - 1 };
  states?.set(streamName, loaded.state, loaded.revision);
  return loaded;
}

export function toNewEvents<E extends DomainEvent>(aggregate: Aggregate<unknown, never, E>, events: readonly E[], ids?: (index: number) => string): NewEvent[] {
  return events.map((e, i) => ({
    type: e.type,
    data: e.data,
    schemaVersion: aggregate.schemaVersions?.[e.type as E['type']] ?? 1,
    ...(ids ? { id: ids(i) } : {}),
  }));
}

/** A command as the pipeline prepares it: the caller's request with the actor and time filled in. */
export function commandOf<C extends AnyCommand>(request: CommandRequest<C>, metadata: CommandMetadata): C {
  return { ...request, actor: metadata.actor, at: metadata.at } as C;
}

/**
 * Load, fold, authorise, decide, append with the revision read. A concurrent writer makes one
 * of two appends fail: without a client `expectedRevision` the loser is retried on fresh state,
 * with one it is a CONFLICT (the client decided on what it saw). `states`: the states kept
 * from earlier reads of the stream, so that only what is new is read (a conflict forgets it).
 */
export async function runCommand<State, C extends AnyCommand, E extends DomainEvent>(
  store: EventStore,
  aggregate: Aggregate<State, C, E>,
  streamName: string,
  request: CommandRequest<C>,
  metadata: CommandMetadata,
  expectedRevision?: number,
  states?: StreamStates<State>,
): Promise<CommandOutcome<State, E>> {
  const command = commandOf<C>(request, metadata);
  for (let attempt = 1; ; attempt++) {
    const { state, revision } = await loadStream(store, aggregate, streamName, states);
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      states?.forget(streamName);
      throw new ConcurrencyError(streamName, expectedRevision, revision < 0 ? 'NO_STREAM' : revision);
    }
    const events = decideAuthorized(aggregate, command, state);
    if (events.length === 0) return { state, events, revision };
    try {
      const result = await store.appendToStream(streamName, toNewEvents(aggregate as never, events), {
        expectedRevision: revision < 0 ? NO_STREAM : revision,
        context: appendContextOf(metadata),
      });
      return { state: fold(aggregate, events, state), events, revision: result.nextExpectedRevision, position: result.position };
    } catch (error) {
      // what was kept may be what made the append fail (a store restored to an earlier point): read it whole next time
      if (error instanceof ConcurrencyError) states?.forget(streamName);
      if (!(error instanceof ConcurrencyError) || expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
