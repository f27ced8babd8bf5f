import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class PublishPracticeInput extends ExistingPracticeInput {}

@Resolver()
export class PublishPracticeResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'Support Unit only: publishes a practice in review.' })
  async publishPractice(@Args('input') input: PublishPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return sendPracticeCommand(this.commandBus, input.id, { type: 'PublishPractice', data: {} }, actor, { expectedRevision: input.expectedRevision });
  }
}
