import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PartnershipProjectPayload } from '../graphql-types';
import { sendProjectCommand } from '../shared/project-commands';
import { ProjectReferences } from '../shared/project-references';
import { EditPartnershipProjectInput } from './edit-partnership-project.input';

@Resolver()
export class EditPartnershipProjectResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: ProjectReferences,
  ) {}

  @Mutation(() => PartnershipProjectPayload, {
    description: 'The lead edits the title, description, visibility, themes, countries or end date; one event per edit.',
  })
  async editPartnershipProject(@Args('input') input: EditPartnershipProjectInput, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectPayload> {
    await this.references.check({ themes: input.themes, countries: input.countries });
    const { projectId, expectedRevision, ...edits } = input;
    const data = { ...edits, title: edits.title?.trim(), summary: edits.summary?.trim() };
    return sendProjectCommand(this.commandBus, projectId, { type: 'EditPartnershipProject', data }, actor, expectedRevision);
  }
}
