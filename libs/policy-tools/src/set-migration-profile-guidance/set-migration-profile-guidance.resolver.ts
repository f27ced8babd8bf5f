import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { aggregateCommands } from '@pfp/event-sourcing';
import { globalIdPattern, Text } from '@pfp/graphql';
import { CurrentActor, OrganizationsService } from '@pfp/identity';
import { NotFoundError, ValidationError, type Actor } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { POLICY_TOOL_ERRORS } from '../domain/errors';
import { PROFILE_GUIDANCE_ID, profileGuidanceAggregate } from '../domain/profile-guidance';
import { PROFILE_GUIDANCE } from '../profile-guidance/profile-guidance.projection';
import { guidanceView, MigrationProfileGuidance } from '../profile-guidance/profile-guidance.resolver';

/** The guidance aggregate on the CommandBus. */
export const ProfileGuidanceCommands = aggregateCommands(profileGuidanceAggregate, { readModels: [PROFILE_GUIDANCE] });

@InputType()
export class MigrationProfileStepInput {
  @Field({ description: 'Lower-case letters, digits and hyphens; profiles name the step they reached by it.' })
  @IsString()
  @MaxLength(200)
  key!: string;

  @Field()
  @Text({ max: 100_000 })
  title!: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @Text({ max: 100_000 })
  description: string = '';
}

@InputType()
export class SetMigrationProfileGuidanceInput {
  @Field(() => [MigrationProfileStepInput], { description: 'The whole checklist, in order.' })
  @IsArray()
  @ArrayMaxSize(1_000)
  @ValidateNested({ each: true })
  @Type(() => MigrationProfileStepInput)
  steps!: MigrationProfileStepInput[];

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'The organisations that maintain the repository with the Support Unit.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1_000)
  @Matches(globalIdPattern('organization'), { each: true, message: 'each id must be an organization id (organization-<uuid>)' })
  maintainerIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number;
}

@Resolver()
export class SetMigrationProfileGuidanceResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly organizations: OrganizationsService,
  ) {}

  @Mutation(() => MigrationProfileGuidance, {
    description: 'The Support Unit sets the guidance checklist of the Migration Profiles Repository (the whole of it).',
  })
  async setMigrationProfileGuidance(
    @Args('input') input: SetMigrationProfileGuidanceInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<MigrationProfileGuidance> {
    const maintainers = input.maintainerIds ?? [];
    const known = maintainers.length ? await this.organizations.kindsOf(maintainers) : new Map();
    const fields: Record<string, string> = {};
    maintainers.forEach((id, i) => {
      if (!known.get(id)?.active) fields[`maintainerIds.${i}`] = 'no such active organization';
    });
    if (Object.keys(fields).length) throw new ValidationError(POLICY_TOOL_ERRORS.INVALID, 'The guidance is not valid.', fields);
    const steps = input.steps.map((s) => ({ key: s.key, title: s.title, description: s.description ?? '' }));
    const outcome = await this.commandBus.execute(
      new ProfileGuidanceCommands.Command(PROFILE_GUIDANCE_ID, { type: 'SetProfileGuidance', data: { steps, maintainers } }, actor, {
        expectedRevision: input.expectedRevision,
      }),
    );
    if (outcome.state.status === 'NONE') throw new NotFoundError(POLICY_TOOL_ERRORS.NOT_FOUND, 'No guidance.');
    return guidanceView(outcome.state.guidance, outcome.revision);
  }
}
