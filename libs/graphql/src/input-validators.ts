import { applyDecorators, type PipeTransform } from '@nestjs/common';
import { checkText, isCalendarDate, isDateTime, ValidationError } from '@pfp/kernel';
import { IsString, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export interface TextOptions {
  /** At most this many characters, as a person counts them (graphemes). */
  max: number;
  /** Refuse empty text and text made only of white space and invisible characters. */
  required?: boolean;
  /** The field is a list of texts, each checked. */
  each?: boolean;
}

/**
 * A text input field: a string of at most `max` characters as a person counts them, with no
 * NUL or other control character (tab and line breaks are kept) and no lone surrogate;
 * `required` refuses text that shows nothing. A refusal is a BAD_USER_INPUT naming the field.
 * Put `@IsOptional()` beside it for an optional field.
 */
export function Text(options: TextOptions): PropertyDecorator {
  const each: ValidationOptions = options.each ? { each: true } : {};
  const reasonOf = (value: unknown): string | null => (typeof value === 'string' ? checkText(value, options) : null);
  return applyDecorators(
    IsString(each),
    ValidateBy(
      {
        name: 'text',
        validator: {
          // a non-string is IsString's to refuse
          validate: (value: unknown) => reasonOf(value) === null,
          defaultMessage: (args?: ValidationArguments) => {
            const values: unknown[] = Array.isArray(args?.value) ? args.value : [args?.value];
            const reason = values.map(reasonOf).find((r) => r !== null);
            return options.each ? `each ${reason ?? 'text is not valid'}` : (reason ?? 'is not valid');
          },
        },
      },
      each,
    ),
  );
}

/** A date input field, `YYYY-MM-DD`, that exists in the calendar (2011-02-30 is refused). */
export function IsoDate(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isoDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => 'must be a date that exists, YYYY-MM-DD',
      },
    },
    options,
  );
}

/**
 * A `DateTime` input field holding a Date (the scalar has parsed it): refuses the Invalid Date
 * a malformed string becomes. Use instead of IsDate, whose message names no format.
 */
export function IsDateTime(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateTime',
      validator: {
        validate: (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime()),
        defaultMessage: () => 'must be an ISO 8601 date-time that exists, e.g. 2011-12-01T09:00:00Z',
      },
    },
    options,
  );
}

/**
 * For a `DateTime` argument that is not in an input class (`@Args('asOf', {...}, new DateTimeArg('asOf'))`):
 * a malformed value, which the scalar turns into an Invalid Date, is a BAD_USER_INPUT naming the argument.
 */
export class DateTimeArg implements PipeTransform<Date | null | undefined> {
  constructor(private readonly name: string) {}

  transform(value: Date | null | undefined): Date | null | undefined {
    if (value == null) return value;
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new ValidationError('INPUT.INVALID', 'The input is not valid.', {
        [this.name]: 'must be an ISO 8601 date-time that exists, e.g. 2011-12-01T09:00:00Z',
      });
    }
    return value;
  }
}

/**
 * For a text argument that is not in an input class (`@Args('search', {...}, new TextArg('search', { max: 500 }))`).
 */
export class TextArg implements PipeTransform<string | null | undefined> {
  constructor(
    private readonly name: string,
    private readonly options: TextOptions,
  ) {}

  transform(value: string | null | undefined): string | null | undefined {
    if (typeof value !== 'string') return value;
    const reason = checkText(value, this.options);
    if (reason) throw new ValidationError('INPUT.INVALID', 'The input is not valid.', { [this.name]: reason });
    return value;
  }
}

const DATE_TIME_MESSAGE = 'DateTime must be an ISO 8601 date-time with an offset that exists, e.g. 2011-12-01T09:00:00Z';

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !isDateTime(value)) {
    throw new GraphQLError(DATE_TIME_MESSAGE, { extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID_DATE_TIME' } });
  }
  return new Date(value);
}

/**
 * The `DateTime` scalar, strict: an input that is not an ISO 8601 date-time that exists
 * (`2011-02-30T00:00:00Z`, `yesterday`) is refused by GraphQL itself, before any resolver,
 * where Nest's GraphQLISODateTime gives an Invalid Date or rolls over to March. Wire it in
 * place of Nest's (same name, same output) with `resolvers: { DateTime: StrictDateTime }`.
 */
export const StrictDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(DATE_TIME_MESSAGE, { nodes: ast, extensions: { code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID_DATE_TIME' } });
    return parseDateTime(ast.value);
  },
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return value; // as stored (Nest's scalar does the same)
    throw new GraphQLError('DateTime cannot represent a non-date value');
  },
});
