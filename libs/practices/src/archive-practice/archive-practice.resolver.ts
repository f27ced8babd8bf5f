import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';

import { PracticeCommands } from '../shared/practice-commands';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class ArchivePracticeInput extends ExistingPracticeInput {}

@Resolver()
export class ArchivePracticeResolver {
  constructor(private readonly commands: PracticeCommands) {}

  @Mutation(() => PracticePayload, { description: 'The owner or the Support Unit.' })
  async archivePractice(@Args('input') input: ArchivePracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return this.commands.execute(input.id, actor, { type: 'ArchivePractice' }, input.expectedRevision);
  }
}
