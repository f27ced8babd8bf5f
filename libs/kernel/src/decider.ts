import type { Aggregate, AnyCommand, CommandPolicy } from './command';
import { authorize } from './policy';

/** A domain event as the decider sees it: a past-tense type and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/**
 * An aggregate as pure functions: `decide` turns a command and the current state into new
 * events (or throws a DomainError); `evolve` folds one event into the state. No clock, no I/O.
 */
export interface Decider<State, C, Event extends DomainEvent> {
  initialState(): State;
  decide(command: C, state: State): Event[];
  evolve(state: State, event: Event): State;
}

/** The one fold: events in stream order into the state they lead to. */
export function fold<State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
  from: State = decider.initialState(),
): State {
  let state = from;
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** Authorise with the command's policy, then decide: what the pipeline and the specs both run. */
export function decideAuthorized<State, C extends AnyCommand, E extends DomainEvent>(aggregate: Aggregate<State, C, E>, command: C, state: State): E[] {
  const policy = aggregate.policies[command.type as C['type']] as unknown as CommandPolicy<State, C>;
  authorize((actor, current: State) => policy(actor, current, command), command.actor, state);
  return aggregate.decide(command, state);
}
