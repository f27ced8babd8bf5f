import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { GlobalIdField } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class RemovePracticeCoAuthorInput extends ExistingPracticeInput {
  @GlobalIdField('organization')
  organizationId!: string;
}

@Resolver()
export class RemovePracticeCoAuthorResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'The owner state removes a co-author or withdraws an invitation.' })
  async removePracticeCoAuthor(@Args('input') input: RemovePracticeCoAuthorInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    const data = { organizationId: input.organizationId };
    return sendPracticeCommand(this.commandBus, input.id, { type: 'RemovePracticeCoAuthor', data }, actor, { expectedRevision: input.expectedRevision });
  }
}
