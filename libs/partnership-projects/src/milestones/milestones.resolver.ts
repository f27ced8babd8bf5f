import { randomUUID } from 'node:crypto';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PartnershipProjectPayload } from '../graphql-types';
import { ProjectRefInput } from '../manage-partners/manage-partners.inputs';
import { ProjectCommands, projectActor } from '../project-commands';

@InputType()
export class AddMilestoneInput extends ProjectRefInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field({ description: 'ISO date.' })
  @IsISO8601({ strict: true })
  plannedOn!: string;
}

@InputType()
export class ReachMilestoneInput extends ProjectRefInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId!: string;

  @Field({ nullable: true, description: 'ISO date; today when absent.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  reachedOn?: string;
}

@Resolver()
export class MilestonesResolver {
  constructor(private readonly projects: ProjectCommands) {}

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead plans a milestone.' })
  async addMilestone(@Args('input') input: AddMilestoneInput, @CurrentActor() current: Actor | null): Promise<PartnershipProjectPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const data = { milestoneId: randomUUID(), title: input.title.trim(), plannedOn: input.plannedOn };
    return this.projects.execute(actor, input.projectId, { type: 'AddMilestone', actor: projectActor(actor), at: new Date().toISOString(), data }, input.expectedRevision);
  }

  @Mutation(() => PartnershipProjectPayload, { description: 'The lead or a partner marks a milestone reached.' })
  async reachMilestone(@Args('input') input: ReachMilestoneInput, @CurrentActor() current: Actor | null): Promise<PartnershipProjectPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const at = new Date().toISOString();
    const data = { milestoneId: input.milestoneId, reachedOn: input.reachedOn ?? at.slice(0, 10) };
    return this.projects.execute(actor, input.projectId, { type: 'ReachMilestone', actor: projectActor(actor), at, data }, input.expectedRevision);
  }
}
