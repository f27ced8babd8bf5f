import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import type { ProjectRole } from '../domain/partnership-project';
import { PartnershipProjectPayload } from '../graphql-types';
import { ProjectCommands, projectActor } from '../project-commands';
import { AddProjectPartnerInput, LeaveProjectInput } from './manage-partners.inputs';

@Resolver()
export class ManagePartnersResolver {
  constructor(private readonly projects: ProjectCommands) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead adds a partner with a role.' })
  async addProjectPartner(@Args('input') input: AddProjectPartnerInput, @CurrentActor() current: Actor | null): Promise<PartnershipProjectPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const data = { organizationId: input.organizationId, role: (input.role ?? 'PARTNER') as ProjectRole };
    return this.projects.execute(actor, input.projectId, { type: 'AddProjectPartner', actor: projectActor(actor), at: new Date().toISOString(), data }, input.expectedRevision);
  }

  @Mutation(() => PartnershipProjectPayload, { description: "A partner leaves; the lead cannot." })
  async leaveProject(@Args('input') input: LeaveProjectInput, @CurrentActor() current: Actor | null): Promise<PartnershipProjectPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    return this.projects.execute(actor, input.projectId, { type: 'LeaveProject', actor: projectActor(actor), at: new Date().toISOString() }, input.expectedRevision);
  }
}
