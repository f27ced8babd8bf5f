import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ConnectionArgs, Text } from '@pfp/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsISO31661Alpha3, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PolicyToolKind } from '../graphql-types';
import { StringListField } from '../shared/list-fields';

@InputType()
export class PolicyToolsFilter {
  @Field(() => [PolicyToolKind], { nullable: true, description: 'Tools of any of these kinds (none: all).' })
  @IsOptional()
  @IsArray()
  @IsEnum(PolicyToolKind, { each: true })
  kinds?: PolicyToolKind[];

  @StringListField({ maxItems: 50, maxLength: 100, description: 'Tools with any of these themes.', filter: true })
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'Tools about any of these countries (ISO 3166-1 alpha-3).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsISO31661Alpha3({ each: true })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Tools available in any of these languages.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @Matches(/^(ar|en|es|fr|ru|zh)$/, { each: true, message: 'each language must be one of ar, en, es, fr, ru, zh' })
  languages?: string[];

  @Field({ nullable: true, description: 'Only the tools the reader may edit, drafts included (the owner’s and contributors’ work).' })
  @IsOptional()
  @IsBoolean()
  editable?: boolean;
}

@ArgsType()
export class PolicyToolsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'Words of the current edition (title, summary, sections, translated titles), all of them.' })
  @IsOptional()
  @Text({ max: 200 })
  search?: string;

  @Field(() => PolicyToolsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PolicyToolsFilter)
  filter?: PolicyToolsFilter;
}

@InputType()
export class MigrationProfilesFilter {
  @Field({ nullable: true, description: 'A UN M49 region code (e.g. 035 South-eastern Asia).' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'must be a UN M49 region code (three digits)' })
  region?: string;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-3.' })
  @IsOptional()
  @IsISO31661Alpha3()
  country?: string;

  @Field(() => PolicyToolKind, { nullable: true, description: 'MIGRATION_PROFILE or EXTENDED_MIGRATION_PROFILE.' })
  @IsOptional()
  @IsEnum(PolicyToolKind)
  kind?: PolicyToolKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number;
}

@ArgsType()
export class MigrationProfilesArgs extends ConnectionArgs {
  @Field(() => MigrationProfilesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MigrationProfilesFilter)
  filter?: MigrationProfilesFilter;
}
