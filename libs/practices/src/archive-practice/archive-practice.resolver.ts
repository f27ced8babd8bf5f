import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class ArchivePracticeInput extends ExistingPracticeInput {}

@Resolver()
export class ArchivePracticeResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'The owner or the Support Unit.' })
  async archivePractice(@Args('input') input: ArchivePracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return sendPracticeCommand(this.commandBus, input.id, { type: 'ArchivePractice', data: {} }, actor, { expectedRevision: input.expectedRevision });
  }
}
