import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { ProjectReferences } from '../shared/project-references';
import { AddProjectPartnerInput } from './add-project-partner.input';

@Resolver()
export class AddProjectPartnerResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: ProjectReferences,
  ) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead adds a partner with a role.' })
  async addProjectPartner(@Args('input') input: AddProjectPartnerInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    await this.references.check({ partners: [{ organizationId: input.organizationId, field: 'organizationId' }] });
    const data = { organizationId: input.organizationId, role: input.role ?? 'PARTNER' };
    return sendProjectCommand(this.commandBus, input.projectId, { type: 'AddProjectPartner', data }, actor, input.expectedRevision);
  }
}
