import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Text } from '@pfp/graphql';
import { ArrayMaxSize, IsArray, IsISO31661Alpha3, IsOptional, IsString, MaxLength } from 'class-validator';

/** An optional list of theme ids (the taxonomy's, checked by ProjectReferences). */
export const ThemesField = (description?: string, defaultValue?: string[]): PropertyDecorator =>
  applyDecorators(
    Field(() => [String], { nullable: true, description, defaultValue }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50),
    IsString({ each: true }),
    MaxLength(100, { each: true }),
  );

/** An optional list of ISO 3166-1 alpha-3 country codes. */
export const CountriesField = (description?: string, defaultValue?: string[]): PropertyDecorator =>
  applyDecorators(
    Field(() => [String], { nullable: true, description, defaultValue }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(250),
    IsISO31661Alpha3({ each: true }),
  );

/** A project's title (required when given) and summary. */
export const TitleField = (nullable = false): PropertyDecorator =>
  applyDecorators(Field({ nullable }), ...(nullable ? [IsOptional()] : []), Text({ max: 200, required: true }));
export const SummaryField = (defaultValue?: string): PropertyDecorator =>
  applyDecorators(Field({ nullable: true, defaultValue, description: 'The description of the project.' }), IsOptional(), Text({ max: 10_000 }));
