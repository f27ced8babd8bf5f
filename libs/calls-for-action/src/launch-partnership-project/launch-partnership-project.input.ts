import { Field, InputType } from '@nestjs/graphql';
import { GlobalIdField, IsoDate, Text } from '@pfp/graphql';
import { ProjectRole, ProjectVisibility } from '@pfp/partnership-projects';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { CountriesField, ThemesField } from '../shared/list-fields';

@InputType()
export class ProjectPartnerInput {
  @GlobalIdField('organization')
  organizationId!: string;

  @Field(() => ProjectRole)
  @IsEnum(ProjectRole)
  role!: ProjectRole;
}

@InputType()
export class LaunchPartnershipProjectInput {
  @Field()
  @Text({ max: 200, required: true })
  title!: string;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @Text({ max: 10_000 })
  summary?: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Text({ max: 500, required: true, each: true })
  objectives?: string[];

  @ThemesField()
  themes?: string[];

  @CountriesField()
  countries?: string[];

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsoDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  @IsOptional()
  @IsoDate()
  endsOn?: string | null;

  @Field(() => ProjectVisibility, { nullable: true, defaultValue: ProjectVisibility.PUBLIC })
  @IsOptional()
  @IsEnum(ProjectVisibility)
  visibility?: ProjectVisibility;

  @Field(() => [ProjectPartnerInput], { nullable: true, defaultValue: [], description: 'Besides the accepted responders of fromCallId.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProjectPartnerInput)
  partners?: ProjectPartnerInput[];

  @GlobalIdField('callForAction', { nullable: true, description: 'Launch from this call: its accepted responders become partners and it becomes CONVERTED.' })
  fromCallId?: string | null;
}
