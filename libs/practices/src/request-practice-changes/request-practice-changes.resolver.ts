import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { Text } from '@pfp/graphql';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class RequestPracticeChangesInput extends ExistingPracticeInput {
  @Field({ description: 'What needs to change; required.' })
  @Text({ max: 10_000 })
  reason!: string;
}

@Resolver()
export class RequestPracticeChangesResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'Support Unit only: sends a practice in review back to its owner, with a reason.' })
  async requestPracticeChanges(@Args('input') input: RequestPracticeChangesInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return sendPracticeCommand(this.commandBus, input.id, { type: 'RequestPracticeChanges', data: { reason: input.reason } }, actor, {
      expectedRevision: input.expectedRevision,
    });
  }
}
