import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { AddProjectPartnerInput } from './add-project-partner.input';

@Resolver()
export class AddProjectPartnerResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead adds a partner with a role.' })
  addProjectPartner(@Args('input') input: AddProjectPartnerInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    const data = { organizationId: input.organizationId, role: input.role ?? 'PARTNER' };
    return sendProjectCommand(this.commandBus, input.projectId, { type: 'AddProjectPartner', data }, actor, input.expectedRevision);
  }
}
