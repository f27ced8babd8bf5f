import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GlobalIdField, Text } from '@pfp/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUrl, MaxLength, Min, ValidateNested } from 'class-validator';
import { ImplementationStatus, Language, ResourceKind } from './practice.types';

// Generous transport bounds only: the decider owns the real limits (title 200, summary 1,000,
// body 20,000) so that every entry point refuses them alike, with PRACTICE.INVALID.
const TEXT_BOUND = 100_000;

@InputType()
export class PeriodInput {
  @Field({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  @Text({ max: 10 })
  start!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text({ max: 10 })
  end?: string | null;
}

@InputType()
export class ResultInput {
  @Field()
  @Text({ max: 500, required: true })
  indicator!: string;

  @Field()
  @Text({ max: 200, required: true })
  value!: string;
}

@InputType()
export class ResourceInput {
  @Field()
  @Text({ max: 300 })
  title!: string;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url!: string;

  @Field(() => ResourceKind)
  @IsEnum(ResourceKind)
  kind!: ResourceKind;
}

@InputType({ description: 'Personal data: sealed with a key of its own, erased with eraseContact.' })
export class ContactInput {
  @Field()
  @Text({ max: 200 })
  name!: string;

  @Field()
  @IsEmail()
  @MaxLength(320)
  email!: string;
}

/** The text of a practice or of one of its translations. */
@InputType({ isAbstract: true })
export class PracticeTextInput {
  @Field()
  @Text({ max: TEXT_BOUND })
  title!: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @Text({ max: TEXT_BOUND })
  summary: string = '';

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsOptional()
  @Text({ max: TEXT_BOUND })
  body: string = '';
}

/** The whole content of a practice; revisions replace it whole. */
@InputType({ isAbstract: true })
export class PracticeContentInput extends PracticeTextInput {
  @Field(() => Language, { defaultValue: Language.en })
  @IsOptional()
  @IsEnum(Language)
  language: Language = Language.en;

  @Field(() => [String], { defaultValue: [], description: 'ISO 3166-1 alpha-3.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  countries: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Ids from `themes`.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  themes: string[] = [];

  @GlobalIdField('organization', { list: true, maxItems: 50, description: 'Organisation ids.' })
  implementingPartnerIds: string[] = [];

  @Field(() => PeriodInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodInput)
  period?: PeriodInput | null;

  @Field(() => ImplementationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ImplementationStatus)
  implementationStatus?: ImplementationStatus | null;

  @Field(() => [ResultInput], { defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ResultInput)
  results: ResultInput[] = [];

  @Field(() => [ResourceInput], { defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ResourceInput)
  resources: ResourceInput[] = [];

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactInput)
  contact?: ContactInput | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes any constructor
type Constructor = new (...args: any[]) => object;

/** The fields every mutation on an existing practice takes, added to `Base` (its content, or nothing). */
export function withExistingPractice<B extends Constructor>(Base: B) {
  @InputType({ isAbstract: true })
  class ExistingPractice extends Base {
    @Field(() => ID)
    @IsString()
    @MaxLength(100)
    id!: string;

    @Field(() => Int, { nullable: true, description: 'The revision you last saw; another one is a CONFLICT.' })
    @IsOptional()
    @IsInt()
    @Min(0)
    expectedRevision?: number | null;
  }
  return ExistingPractice;
}

/** For every mutation on an existing practice. */
@InputType({ isAbstract: true })
export class ExistingPracticeInput extends withExistingPractice(class {}) {}

/** A translation, whole: adding one and revising it take the same fields. */
@InputType({ isAbstract: true })
export class PracticeTranslationInput extends withExistingPractice(PracticeTextInput) {
  @Field(() => Language)
  @IsEnum(Language)
  language!: Language;
}

/** The translation a translation input carries. */
export const translationOf = ({ language, title, summary, body }: PracticeTranslationInput) => ({ language, title, summary, body });
