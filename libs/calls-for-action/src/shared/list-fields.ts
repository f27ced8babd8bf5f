import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsISO31661Alpha3, IsOptional, IsString, MaxLength } from 'class-validator';

/** A list of theme ids, optional, `[]` when absent (calls, projects, and the filters on them). */
export const ThemesField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => [String], { nullable: true, defaultValue: [] }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(50),
    IsString({ each: true }),
    MaxLength(100, { each: true }),
  );

/** A list of ISO 3166-1 alpha-3 codes, optional, `[]` when absent. */
export const CountriesField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => [String], { nullable: true, defaultValue: [], description: 'ISO 3166-1 alpha-3.' }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(250),
    IsISO31661Alpha3({ each: true }),
  );
