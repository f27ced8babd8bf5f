import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { ReachMilestoneInput } from './reach-milestone.input';

@Resolver()
export class ReachMilestoneResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead or a partner marks a milestone reached.' })
  reachMilestone(@Args('input') input: ReachMilestoneInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    const data = { milestoneId: input.milestoneId, reachedOn: input.reachedOn ?? this.clock.now().toISOString().slice(0, 10) };
    return sendProjectCommand(this.commandBus, input.projectId, { type: 'ReachMilestone', data }, actor, input.expectedRevision);
  }
}
