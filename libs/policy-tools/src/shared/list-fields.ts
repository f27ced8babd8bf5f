import { applyDecorators, type Type } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Type as TransformTo } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/** An optional list of short strings (`[]` when absent in an input); what each must be is the decider's or the references' to say. */
export const StringListField = (options: { maxItems: number; maxLength: number; description?: string; filter?: boolean }): PropertyDecorator =>
  applyDecorators(
    Field(() => [String], {
      nullable: true,
      ...(options.filter ? {} : { defaultValue: [] }),
      ...(options.description ? { description: options.description } : {}),
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(options.maxItems),
    IsString({ each: true }),
    MaxLength(options.maxLength, { each: true }),
  );

/** An optional list of nested inputs, `[]` when absent. */
export const InputListField = (type: () => Type<unknown>, options: { description?: string } = {}): PropertyDecorator =>
  applyDecorators(
    Field(() => [type()], { nullable: true, defaultValue: [], ...options }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(1_000),
    ValidateNested({ each: true }),
    TransformTo(type),
  );
