import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { CompleteProjectInput } from './complete-project.input';

@Resolver()
export class CompleteProjectResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead marks the project completed.' })
  completeProject(@Args('input') input: CompleteProjectInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    return sendProjectCommand(this.commandBus, input.projectId, { type: 'CompleteProject', data: {} }, actor, input.expectedRevision);
  }
}
