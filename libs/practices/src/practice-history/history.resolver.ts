import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { parseGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { canSeeWorkingCopy } from '../domain/policies';
import { PRACTICE_CATEGORY } from '../domain/practice';
import { PracticeReader } from '../shared/practice-reader';

@ObjectType()
export class HistoryActor {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  organizationId!: string;
}

@ObjectType({ description: 'One event of an aggregate, for the audit view: what happened, who did it, when.' })
export class HistoryEntry {
  @Field(() => Int)
  revision!: number;

  @Field({ description: 'The event type, e.g. PracticeSubmitted.' })
  type!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => HistoryActor, { nullable: true, description: 'Null for the platform itself.' })
  actor!: HistoryActor | null;

  @Field(() => String, { nullable: true, description: 'Why changes were requested (owner and Support Unit only).' })
  reason!: string | null;
}

@Resolver(() => HistoryEntry)
export class HistoryResolver {
  constructor(private readonly reader: PracticeReader) {}

  @Query(() => [HistoryEntry], {
    description: 'The events of one aggregate, oldest first. Practices: public once published; before that, owner and Support Unit only.',
  })
  async history(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null): Promise<HistoryEntry[]> {
    parseGlobalId(id, PRACTICE_CATEGORY);
    const current = await this.reader.current(id);
    if (!current) return [];
    const { details } = current;
    const privileged = canSeeWorkingCopy(actor, details);
    if (!privileged && (details.published === null || details.status === 'ARCHIVED')) return [];
    const events = await this.reader.events(id);
    return events.map((e) => ({
      revision: e.revision,
      type: e.type,
      occurredAt: new Date(e.metadata.occurredAt),
      actor: e.metadata.actor,
      // Review feedback stays between the owner and the Support Unit.
      reason: privileged && e.type === 'PracticeChangesRequested' ? ((e.data as { reason?: string }).reason ?? null) : null,
    }));
  }
}
