import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { AddMilestoneInput } from './add-milestone.input';

@Resolver()
export class AddMilestoneResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead plans a milestone.' })
  addMilestone(@Args('input') input: AddMilestoneInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    const data = { milestoneId: randomUUID(), title: input.title.trim(), plannedOn: input.plannedOn };
    return sendProjectCommand(this.commandBus, input.projectId, { type: 'AddMilestone', data }, actor, input.expectedRevision);
  }
}
