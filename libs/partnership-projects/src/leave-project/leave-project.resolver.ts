import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { LeaveProjectInput } from './leave-project.input';

@Resolver()
export class LeaveProjectResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'A partner leaves; the lead cannot.' })
  leaveProject(@Args('input') input: LeaveProjectInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    return sendProjectCommand(this.commandBus, input.projectId, { type: 'LeaveProject', data: {} }, actor, input.expectedRevision);
  }
}
