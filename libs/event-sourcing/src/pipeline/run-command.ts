import { randomUUID } from 'node:crypto';
import type { AppendContext, EventStore, GlobalPosition, NewEvent, RecordedEvent } from '@pfp/event-store';
import { ConcurrencyError, NO_STREAM } from '@pfp/event-store';
import type { Actor, Aggregate, AnyCommand, CommandRequest, DomainEvent } from '@pfp/kernel';
import { decideAuthorized, fold } from '@pfp/kernel';

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

/** One stream's state as its events leave it. */
export function foldRecorded<State, C extends AnyCommand, E extends DomainEvent>(aggregate: Aggregate<State, C, E>, recorded: readonly RecordedEvent[]): State {
  return fold(
    aggregate,
    recorded.map((e) => ({ type: e.type, data: e.data }) as E),
  );
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
 * with one it is a CONFLICT (the client decided on what it saw).
 */
export async function runCommand<State, C extends AnyCommand, E extends DomainEvent>(
  store: EventStore,
  aggregate: Aggregate<State, C, E>,
  streamName: string,
  request: CommandRequest<C>,
  metadata: CommandMetadata,
  expectedRevision?: number,
): Promise<CommandOutcome<State, E>> {
  const command = commandOf<C>(request, metadata);
  for (let attempt = 1; ; attempt++) {
    const recorded = await store.readStream(streamName);
    const revision = recorded.length - 1;
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      throw new ConcurrencyError(streamName, expectedRevision, revision < 0 ? 'NO_STREAM' : revision);
    }
    const state = foldRecorded(aggregate, recorded);
    const events = decideAuthorized(aggregate, command, state);
    if (events.length === 0) return { state, events, revision };
    try {
      const result = await store.appendToStream(streamName, toNewEvents(aggregate as never, events), {
        expectedRevision: revision < 0 ? NO_STREAM : revision,
        context: appendContextOf(metadata),
      });
      return { state: fold(aggregate, events, state), events, revision: result.nextExpectedRevision, position: result.position };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
