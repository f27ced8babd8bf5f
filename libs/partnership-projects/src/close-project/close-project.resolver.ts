import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PartnershipProjectPayload } from '../graphql-types';
import { ProjectRefInput } from '../manage-partners/manage-partners.inputs';
import { ProjectCommands, projectActor } from '../project-commands';

@InputType()
export class CompleteProjectInput extends ProjectRefInput {}

@InputType()
export class CancelProjectInput extends ProjectRefInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

@Resolver()
export class CloseProjectResolver {
  constructor(private readonly projects: ProjectCommands) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead marks the project completed.' })
  async completeProject(@Args('input') input: CompleteProjectInput, @CurrentActor() current: Actor | null): Promise<PartnershipProjectPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    return this.projects.execute(actor, input.projectId, { type: 'CompleteProject', actor: projectActor(actor), at: new Date().toISOString() }, input.expectedRevision);
  }

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead cancels the project, with a reason.' })
  async cancelProject(@Args('input') input: CancelProjectInput, @CurrentActor() current: Actor | null): Promise<PartnershipProjectPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const data = { reason: input.reason.trim() };
    return this.projects.execute(actor, input.projectId, { type: 'CancelProject', actor: projectActor(actor), at: new Date().toISOString(), data }, input.expectedRevision);
  }
}
