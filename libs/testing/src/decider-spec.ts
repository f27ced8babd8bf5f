import type { Decider, DomainEvent } from '@pfp/kernel';
import { DomainError } from '@pfp/kernel';

/**
 * given(events).when(command).then(events) / .thenThrows(code): the specs of a decider,
 * read as the rule they state. (After EventSourcing.NodeJS's DeciderSpecification.)
 */
export function DeciderSpecification<State, Command, Event extends DomainEvent>(decider: Decider<State, Command, Event>) {
  return {
    given(events: Event[] = []) {
      return {
        when(command: Command) {
          const run = () => decider.decide(command, events.reduce((s, e) => decider.evolve(s, e), decider.initialState()));
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
