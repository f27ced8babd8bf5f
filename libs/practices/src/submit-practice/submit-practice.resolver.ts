import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class SubmitPracticeInput extends ExistingPracticeInput {}

@Resolver()
export class SubmitPracticeResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'Owner only: sends a complete draft (or a revised one) to the Support Unit for review.' })
  async submitPractice(@Args('input') input: SubmitPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return sendPracticeCommand(this.commandBus, input.id, { type: 'SubmitPractice', data: {} }, actor, { expectedRevision: input.expectedRevision });
  }
}
