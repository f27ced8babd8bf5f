import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import {
  PartnershipProjectPayload,
  ProjectReferences,
  projectPayload,
  sendProjectCommand,
  type LaunchRequestData,
  type PartnershipProjectEvent,
  type PartnershipProjectState,
} from '@pfp/partnership-projects';
import type { CommandOutcome } from '@pfp/event-sourcing';
import { LaunchPartnershipProjectInput } from './launch-partnership-project.input';
import { LaunchProjectFromCall } from './launch-project-from-call';

/**
 * The one mutation that launches a project: directly (the project aggregate's command), or
 * from a call (`fromCallId`: this context's command over the project's and the call's streams).
 */
@Resolver()
export class LaunchPartnershipProjectResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: ProjectReferences,
  ) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'Launch directly, or from a call (fromCallId) whose accepted responders become partners.' })
  async launchPartnershipProject(@Args('input') input: LaunchPartnershipProjectInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    const projectId = newGlobalId('project');
    const launch: LaunchRequestData = {
      id: projectId,
      title: input.title.trim(),
      summary: input.summary ?? '',
      objectives: input.objectives ?? [],
      themes: input.themes ?? [],
      countries: input.countries ?? [],
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      fromCallId: input.fromCallId ?? null,
      visibility: input.visibility ?? 'PUBLIC',
      partners: (input.partners ?? []).map((p) => ({ organizationId: p.organizationId, role: p.role })),
    };
    // The call's accepted responders, added inside the command, are organisations that responded.
    await this.references.check({
      themes: launch.themes,
      countries: launch.countries,
      partners: launch.partners.map((p, i) => ({ organizationId: p.organizationId, field: `partners.${i}.organizationId` })),
    });
    if (!input.fromCallId) return sendProjectCommand(this.commandBus, projectId, { type: 'LaunchPartnershipProject', data: launch }, actor);
    const [project] = await this.commandBus.execute(new LaunchProjectFromCall(input.fromCallId, projectId, launch, actor));
    return projectPayload(project as CommandOutcome<PartnershipProjectState, PartnershipProjectEvent>);
  }
}
