import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';

import { PracticeCommands } from '../shared/practice-commands';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class PublishPracticeInput extends ExistingPracticeInput {}

@Resolver()
export class PublishPracticeResolver {
  constructor(private readonly commands: PracticeCommands) {}

  @Mutation(() => PracticePayload, { description: 'Support Unit only: publishes a practice in review.' })
  async publishPractice(@Args('input') input: PublishPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return this.commands.execute(input.id, actor, { type: 'PublishPractice' }, input.expectedRevision);
  }
}
