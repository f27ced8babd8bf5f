import type { Actor } from './actor';
import type { Decider, DomainEvent } from './decider';
import type { Decision } from './policy';

/**
 * The one command shape of every decider: what to do (`type`, `data`), who asks (`actor`:
 * null for a visitor, or for the platform's own timers, whose commands no resolver sends) and
 * when (`at`, ISO 8601 from the pipeline's clock: the decider has none).
 */
export interface Command<Type extends string = string, Data = Record<string, never>> {
  type: Type;
  data: Data;
  actor: Actor | null;
  at: string;
}

/** Any command, whatever its data: the bound of the generic helpers. */
export type AnyCommand = Command<string, unknown>;

/** A command as a caller sends it: the pipeline adds the actor and the time. */
export type CommandRequest<C extends AnyCommand> = C extends AnyCommand ? Pick<C, 'type' | 'data'> : never;

/** Who may send one kind of command, given the aggregate's current state. Pure. */
export type CommandPolicy<State, C extends AnyCommand> = (actor: Actor | null, state: State, command: C) => Decision;

/** One policy per command type: the compiler refuses a decider whose command has none. */
export type Policies<State, C extends AnyCommand> = { [T in C['type']]: CommandPolicy<State, Extract<C, { type: T }>> };

/**
 * An event-sourced aggregate: its stream category, its pure decider and the policy of each
 * command. The command pipeline runs `policies[type]` before `decide`, so a denied command
 * writes nothing and the decider states only the domain's rules.
 */
export interface Aggregate<State, C extends AnyCommand, E extends DomainEvent> extends Decider<State, C, E> {
  /** Streams are `<category>-<uuid>`. */
  category: string;
  policies: Policies<State, C>;
  /** Schema version per event type, when not 1. */
  schemaVersions?: Partial<Record<E['type'], number>>;
}
