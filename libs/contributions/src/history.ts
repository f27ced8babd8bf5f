import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { RecordedEvent } from '@pfp/event-store';
import { fold, ValidationError, type Actor, type Decider, type DomainEvent } from '@pfp/kernel';
import { Contributions } from './contributions';

@ObjectType()
export class HistoryActor {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  organizationId!: string;
}

@ObjectType({ description: 'One field an event changed, as text before and after it (null: absent).' })
export class HistoryChange {
  @Field({ description: 'The field, e.g. title; a part of a list is named with its key, e.g. response.organization-<uuid>.' })
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'One event of an aggregate, for the audit view: what happened, who did it, when, and what it changed.' })
export class HistoryEntry {
  @Field(() => Int)
  revision!: number;

  @Field({ description: 'The event type, e.g. PracticeSubmitted.' })
  type!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => HistoryActor, { nullable: true, description: 'Null for the platform itself.' })
  actor!: HistoryActor | null;

  @Field(() => String, { nullable: true, description: 'Why (changes requested, a response declined): only for those who may read it.' })
  reason!: string | null;

  @Field(() => [HistoryChange], { description: 'What the event changed, field by field (empty where the source does not say).' })
  changes!: HistoryChange[];
}

/**
 * The history of one category of aggregates, contributed by the context that owns it: the
 * events of `id` the actor may see, oldest first (empty when there is nothing it may see).
 */
export interface HistorySource {
  category: string;
  entries(id: string, actor: Actor | null): Promise<HistoryEntry[]>;
}

/** An aggregate's state as text fields, for the changes: null while it does not exist. */
export type HistoryFields<State> = (state: State) => Record<string, string> | null;

function changesBetween(before: Record<string, string> | null, after: Record<string, string> | null): HistoryChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...fields].flatMap((field) => {
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}

/**
 * The entries of a stream with what each event changed: the state folded before and after
 * it, seen as text fields. `reason` says what an event's "why" is for this reader.
 */
export function foldedHistory<State, E extends DomainEvent>(
  decider: Pick<Decider<State, never, E>, 'initialState' | 'evolve'>,
  events: RecordedEvent[],
  fields: HistoryFields<State>,
  reason: (event: RecordedEvent) => string | null = () => null,
): HistoryEntry[] {
  let state = decider.initialState();
  return events.map((e) => {
    const before = fields(state);
    state = fold(decider, [{ type: e.type, data: e.data } as E], state);
    return {
      revision: e.revision,
      type: e.type,
      occurredAt: new Date(e.metadata.occurredAt),
      actor: e.metadata.actor ? { accountId: e.metadata.actor.accountId, organizationId: e.metadata.actor.organizationId } : null,
      reason: reason(e),
      changes: changesBetween(before, fields(state)),
    };
  });
}

/** A list as one line of text, for the changes. */
export const listText = (values: readonly string[]): string => values.join(', ');

/**
 * The `history(id)` query over every registered source. Made with the app's actor decorator
 * (`historyResolver(CurrentActor)` in the module that provides it), because the actor is
 * identity's to resolve and identity builds on these registries.
 */
export function historyResolver(currentActor: () => ParameterDecorator) {
  @Resolver(() => HistoryEntry)
  class HistoryResolver {
    constructor(readonly contributions: Contributions) {}

    @Query(() => [HistoryEntry], {
      description:
        "The events of one aggregate (practice, callForAction, project), oldest first, with what each changed. Who may see them is the aggregate's rule: practices public once published, projects as the project is readable, calls public.",
    })
    history(@Args('id', { type: () => ID }) id: string, @currentActor() actor: Actor | null): Promise<HistoryEntry[]> {
      const source = this.contributions.historySourceOf(id);
      if (!source)
        throw new ValidationError('ID.MALFORMED', '"id" is not the id of an aggregate with a history.', {
          id: 'must be a practice, callForAction or project id',
        });
      return source.entries(id, actor);
    }
  }
  return HistoryResolver;
}
