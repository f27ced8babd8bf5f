import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';

import { PracticeCommands } from '../shared/practice-commands';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class ExpressInterestInPracticeInput extends ExistingPracticeInput {}

@Resolver()
export class ExpressInterestInPracticeResolver {
  constructor(private readonly commands: PracticeCommands) {}

  @Mutation(() => PracticePayload, { description: 'Any organisation but the owner, once each: records interest in replicating a published practice.' })
  async expressInterestInPractice(@Args('input') input: ExpressInterestInPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return this.commands.execute(input.id, actor, { type: 'ExpressInterestInPractice' }, input.expectedRevision);
  }
}
