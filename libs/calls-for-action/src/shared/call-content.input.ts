import { Field, InputType } from '@nestjs/graphql';
import { IsDateTime, Text } from '@pfp/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { CallForActionKind } from '../graphql-types';
import { CountriesField, ThemesField } from './list-fields';

/** What a poster says of a call, when posting it and when editing it. */
@InputType({ isAbstract: true })
export class CallContentInput {
  @Field()
  @Text({ max: 200, required: true })
  title!: string;

  @Field()
  @Text({ max: 10_000, required: true })
  description!: string;

  @Field(() => CallForActionKind)
  @IsEnum(CallForActionKind)
  kind!: CallForActionKind;

  @ThemesField()
  themes?: string[];

  @CountriesField()
  countries?: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDateTime()
  deadline?: Date | null;
}

/** The content as the command carries it. */
export const callContentOf = (input: CallContentInput) => ({
  title: input.title.trim(),
  description: input.description,
  kind: input.kind,
  themes: input.themes ?? [],
  countries: input.countries ?? [],
  deadline: input.deadline ? input.deadline.toISOString() : null,
});
