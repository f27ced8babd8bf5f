import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { CurrentActor } from '@pfp/identity';
import { ValidationError, type Actor } from '@pfp/kernel';
import { themeById } from '@pfp/taxonomy';
import { PROJECT_ERRORS } from '../domain/errors';
import type { ProjectDetails } from '../domain/partnership-project';
import { projectTargetStatus, readingsOf, targetStatus } from '../domain/targets';
import { PartnershipProject, PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { ProjectTarget, ProjectTargetStatus, RetireProjectTargetInput, SetProjectTargetInput, type ProjectStatusValue } from './project-target.types';

/** A project's targets with their status at `now` (the injected clock's). */
export function targetsOf(p: Pick<ProjectDetails, 'targets' | 'updates' | 'startsOn' | 'launchedAt'>, now: Date, includeRetired = false): ProjectTarget[] {
  return (p.targets ?? [])
    .filter((t) => includeRetired || !t.retiredAt)
    .map((t) => {
      const readings = readingsOf(t.id, p.updates);
      return {
        id: t.id,
        indicator: t.indicator,
        unit: t.unit,
        baseline: t.baseline,
        targetValue: t.targetValue,
        targetDate: t.targetDate,
        serves: t.serves,
        current: readings.at(-1)?.value ?? null,
        readings: readings.map((r) => ({ value: r.value, at: new Date(r.at) })),
        status: targetStatus(t, readings, p.startsOn ?? t.setAt, now),
        retired: t.retiredAt !== null,
      };
    });
}

@Resolver(() => PartnershipProject)
export class ProjectTargetsResolver {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  @ResolveField(() => [ProjectTarget], { description: 'Its measurable targets, each with its status as of now.' })
  targets(@Parent() project: PartnershipProject, @Args('includeRetired', { defaultValue: false }) includeRetired: boolean): ProjectTarget[] {
    return targetsOf(project.source, this.clock.now(), includeRetired);
  }

  @ResolveField(() => ProjectTargetStatus, { description: 'The project’s status from its targets in use.' })
  targetStatus(@Parent() project: PartnershipProject): ProjectStatusValue {
    return projectTargetStatus(targetsOf(project.source, this.clock.now()).map((t) => t.status));
  }
}

@Resolver()
export class ProjectTargetMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead states a measurable target (or changes the one with this targetId).' })
  setProjectTarget(@Args('input') input: SetProjectTargetInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    const kind = themeById(input.serves)?.kind;
    if (kind !== 'GCM_OBJECTIVE' && kind !== 'SDG_TARGET')
      throw new ValidationError(PROJECT_ERRORS.INVALID, 'The target is not valid.', { serves: 'must be a GCM objective or an SDG target of the taxonomy' });
    const data = {
      id: input.targetId,
      indicator: input.indicator,
      unit: input.unit,
      baseline: input.baseline,
      targetValue: input.targetValue,
      targetDate: input.targetDate,
      serves: input.serves,
    };
    return sendProjectCommand(this.commandBus, input.projectId, { type: 'SetProjectTarget', data }, actor, input.expectedRevision);
  }

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead retires a target; its readings stay in the history.' })
  retireProjectTarget(@Args('input') input: RetireProjectTargetInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    return sendProjectCommand(
      this.commandBus,
      input.projectId,
      { type: 'RetireProjectTarget', data: { targetId: input.targetId } },
      actor,
      input.expectedRevision,
    );
  }
}
