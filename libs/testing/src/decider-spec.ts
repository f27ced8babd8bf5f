import type { Aggregate, AnyCommand, Decider, DomainEvent } from '@pfp/kernel';
import { decideAuthorized, DomainError, fold } from '@pfp/kernel';

/**
 * given(events).when(command).then(events) / .thenThrows(code): the specs of a decider,
 * read as the rule they state. (After EventSourcing.NodeJS's DeciderSpecification.) Given an
 * aggregate, `when` runs its policy first, as the command pipeline does, so refusals by policy
 * and by rule are specified alike.
 */
export function DeciderSpecification<State, Command, Event extends DomainEvent>(
  decider: Decider<State, Command, Event> | (Command extends AnyCommand ? Aggregate<State, Command, Event> : never),
) {
  const decide = (command: Command, state: State): Event[] =>
    'policies' in decider
      ? decideAuthorized(decider as Aggregate<State, AnyCommand & Command, Event>, command as AnyCommand & Command, state)
      : decider.decide(command, state);
  return {
    given(events: Event[] = []) {
      return {
        when(command: Command) {
          const run = () => decide(command, fold(decider, events));
          return {
            then(expected: Event[]) {
              expect(run()).toEqual(expected);
            },
            /** `code` is the DomainError's stable code, e.g. 'PRACTICE.NOT_IN_REVIEW'. */
            thenThrows(code: string, kind?: DomainError['kind']) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(DomainError);
              expect((thrown as DomainError).code).toBe(code);
              if (kind) expect((thrown as DomainError).kind).toBe(kind);
            },
          };
        },
      };
    },
  };
}
