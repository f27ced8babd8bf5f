import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { ChangeProjectPartnerRoleInput } from './change-project-partner-role.input';

@Resolver()
export class ChangeProjectPartnerRoleResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: "The lead changes a partner's role." })
  changeProjectPartnerRole(@Args('input') input: ChangeProjectPartnerRoleInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    const request = { type: 'ChangeProjectPartnerRole' as const, data: { organizationId: input.organizationId, role: input.role } };
    return sendProjectCommand(this.commandBus, input.projectId, request, actor, input.expectedRevision);
  }
}
