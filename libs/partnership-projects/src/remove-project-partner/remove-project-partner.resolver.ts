import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { RemoveProjectPartnerInput } from './remove-project-partner.input';

@Resolver()
export class RemoveProjectPartnerResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead removes a partner (not itself).' })
  removeProjectPartner(@Args('input') input: RemoveProjectPartnerInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    const request = { type: 'RemoveProjectPartner' as const, data: { organizationId: input.organizationId } };
    return sendProjectCommand(this.commandBus, input.projectId, request, actor, input.expectedRevision);
  }
}
