import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class AcceptPracticeCoAuthorshipInput extends ExistingPracticeInput {}

@Resolver()
export class AcceptPracticeCoAuthorshipResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'A member of the invited organisation accepts: the practice credits it as co-author.' })
  async acceptPracticeCoAuthorship(@Args('input') input: AcceptPracticeCoAuthorshipInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return sendPracticeCommand(this.commandBus, input.id, { type: 'AcceptPracticeCoAuthorship', data: {} }, actor, {
      expectedRevision: input.expectedRevision,
    });
  }
}
