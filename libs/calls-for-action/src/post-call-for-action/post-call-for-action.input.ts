import { Field, ID, InputType } from '@nestjs/graphql';
import { GlobalIdField, globalIdPattern, IsDateTime, Text } from '@pfp/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsISO31661Alpha3, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CallForActionKind } from '../graphql-types';

@InputType()
export class PostCallForActionInput {
  @Field()
  @Text({ max: 200, required: true })
  title!: string;

  @Field()
  @Text({ max: 10_000, required: true })
  description!: string;

  @Field(() => CallForActionKind)
  @IsEnum(CallForActionKind)
  kind!: CallForActionKind;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  themes?: string[];

  @Field(() => [String], { nullable: true, defaultValue: [], description: 'ISO 3166-1 alpha-3.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsISO31661Alpha3({ each: true })
  countries?: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDateTime()
  deadline?: Date | null;

  @GlobalIdField('practice', { nullable: true, description: 'practice-<uuid>' })
  practiceId?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'Other states posting jointly; each confirms with confirmCoPosting.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  // GlobalIdField takes no default value: the list keeps `= []` in the schema with its pattern
  @Matches(globalIdPattern('organization'), { each: true, message: 'each id must be an organization id (organization-<uuid>)' })
  coPosterIds?: string[];
}
