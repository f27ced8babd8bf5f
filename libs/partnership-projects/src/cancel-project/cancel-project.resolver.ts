import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { CancelProjectInput } from './cancel-project.input';

@Resolver()
export class CancelProjectResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead cancels the project, with a reason.' })
  cancelProject(@Args('input') input: CancelProjectInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    return sendProjectCommand(
      this.commandBus,
      input.projectId,
      { type: 'CancelProject', data: { reason: input.reason.trim() } },
      actor,
      input.expectedRevision,
    );
  }
}
