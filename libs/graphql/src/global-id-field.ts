import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The pattern of a global id of one kind: `<category>-<uuid>`. */
export function globalIdPattern(category: string): RegExp {
  return new RegExp(`^${category}-${UUID}$`);
}

export interface GlobalIdFieldOptions {
  nullable?: boolean;
  description?: string;
  /** A list of ids (`[ID!]!`), at most `maxItems`. */
  list?: boolean;
  maxItems?: number;
  /** The GraphQL default (e.g. `[]` for an optional list). */
  defaultValue?: string | string[];
}

/**
 * An input field that holds the global id of one kind of object: `@GlobalIdField('organization')`.
 * A malformed id or one of another kind is a BAD_USER_INPUT naming the field, before any
 * resolver runs. (Whether it names something that exists is the use case's to check.)
 */
export function GlobalIdField(category: string, options: GlobalIdFieldOptions = {}): PropertyDecorator {
  const pattern = globalIdPattern(category);
  const message = `must be a ${category} id (${category}-<uuid>)`;
  const decorators: PropertyDecorator[] = [];
  if (options.list) {
    decorators.push(
      Field(() => [ID], { nullable: options.nullable, description: options.description, defaultValue: options.defaultValue as string[] | undefined }),
      IsArray(),
      Matches(pattern, { each: true, message: `each id ${message}` }),
    );
    if (options.maxItems !== undefined) decorators.push(ArrayMaxSize(options.maxItems));
  } else {
    decorators.push(
      Field(() => ID, { nullable: options.nullable, description: options.description, defaultValue: options.defaultValue as string | undefined }),
      Matches(pattern, { message }),
    );
  }
  if (options.nullable) decorators.push(IsOptional());
  return applyDecorators(...decorators);
}
