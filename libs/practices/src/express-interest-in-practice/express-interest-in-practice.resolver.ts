import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class ExpressInterestInPracticeInput extends ExistingPracticeInput {}

@Resolver()
export class ExpressInterestInPracticeResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'Any organisation but the owner, once each: records interest in replicating a published practice.' })
  async expressInterestInPractice(@Args('input') input: ExpressInterestInPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return sendPracticeCommand(this.commandBus, input.id, { type: 'ExpressInterestInPractice', data: {} }, actor, { expectedRevision: input.expectedRevision });
  }
}
