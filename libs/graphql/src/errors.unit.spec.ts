import { ForbiddenException, HttpException } from '@nestjs/common';
import { ConflictError, DomainError, NotFoundError, TooManyRequestsError, ValidationError } from '@pfp/kernel';
import { GraphQLError } from 'graphql';
import { createValidationPipe, formatGraphQLError, toGraphQLError } from './errors';
import { IsString, MinLength, ValidateNested, IsUrl } from 'class-validator';
import { Type } from 'class-transformer';

const silent = { error: jest.fn() };
beforeEach(() => silent.error.mockClear());

class ResourceInput {
  @IsUrl()
  url!: string;
}

class DraftInput {
  @IsString()
  @MinLength(3)
  title!: string;

  @ValidateNested({ each: true })
  @Type(() => ResourceInput)
  resources!: ResourceInput[];
}

describe('toGraphQLError', () => {
  it('gives a domain error its kind as code, its code as reason, and its fields', () => {
    const error = toGraphQLError(new ValidationError('PRACTICE.TITLE_EMPTY', 'A practice needs a title.', { title: 'is empty' }), silent);
    expect(error.message).toBe('A practice needs a title.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'PRACTICE.TITLE_EMPTY', fields: { title: 'is empty' } });
    expect(toGraphQLError(new NotFoundError('PRACTICE.NOT_FOUND', 'No such practice.'), silent).extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'PRACTICE.NOT_FOUND',
    });
  });

  it('maps the event store concurrency error to CONFLICT without importing it', () => {
    class ConcurrencyError extends DomainError {
      constructor() {
        super('EVENT_STORE.WRONG_EXPECTED_REVISION', 'The stream moved on.', 'CONFLICT');
      }
    }
    expect(toGraphQLError(new ConcurrencyError(), silent).extensions).toMatchObject({ code: 'CONFLICT', reason: 'EVENT_STORE.WRONG_EXPECTED_REVISION' });
    const bare = Object.assign(new Error('stale'), { name: 'ConcurrencyError' });
    expect(toGraphQLError(bare, silent).extensions).toMatchObject({ code: 'CONFLICT' });
    expect(toGraphQLError(new ConflictError('X.DUPLICATE', 'dup'), silent).extensions.code).toBe('CONFLICT');
  });

  it('maps Nest refusals (guards) by status', () => {
    expect(toGraphQLError(new ForbiddenException(), silent).extensions.code).toBe('FORBIDDEN');
  });

  it('tells a rate-limited client how many whole seconds to wait', () => {
    const error = toGraphQLError(new TooManyRequestsError('RATE_LIMIT.SIGN_IN', 'Too many sign-in attempts.', 41.2), silent);
    expect(error.message).toBe('Too many sign-in attempts.');
    expect(error.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMIT.SIGN_IN', retryAfterSeconds: 42 });
    expect(toGraphQLError(new TooManyRequestsError('RATE_LIMIT.WRITES', 'Slow down.', 0), silent).extensions.retryAfterSeconds).toBe(1);
    // @nestjs/throttler's own exception (429), from a guard that does not say how long.
    expect(toGraphQLError(new HttpException('ThrottlerException: Too Many Requests', 429), silent).extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'RATE_LIMIT.EXCEEDED',
      retryAfterSeconds: 60,
    });
    expect(silent.error).not.toHaveBeenCalled();
  });

  it('hides anything unknown behind a generic message and logs its stack', () => {
    const error = toGraphQLError(new Error('password=hunter2 in connection string'), silent);
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(silent.error).toHaveBeenCalledWith(expect.stringContaining('hunter2'));
  });

  it('tells a client that its write was saved when a read model lags, so that it does not repeat it', () => {
    const lag = new DomainError('READ_MODEL.LAGGING', 'Your change was saved, but practice-details has not caught up', 'READ_MODEL_LAGGING');
    expect(toGraphQLError(lag).extensions).toEqual({ code: 'READ_MODEL_LAGGING', reason: 'READ_MODEL.LAGGING' });
  });

  it('maps an unreachable database to SERVICE_UNAVAILABLE, not an internal error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const logger = { error: jest.fn() };
    const mapped = toGraphQLError(refused, logger);
    expect(mapped.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE.UNAVAILABLE' });
    expect(mapped.message).toMatch(/try again/i);
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(toGraphQLError(terminated, logger).extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('leaves GraphQL errors alone', () => {
    const original = new GraphQLError('x', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(toGraphQLError(original, silent)).toBe(original);
  });
});

describe('formatGraphQLError', () => {
  it('drops stack traces and masks errors that escaped the resolvers', () => {
    const leaked = new GraphQLError('db is down at 10.0.0.3', { originalError: new Error('db is down at 10.0.0.3'), path: ['x'] });
    const formatted = formatGraphQLError(
      { message: leaked.message, path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      leaked,
      silent,
    );
    expect(formatted).toEqual({ message: 'Internal server error', path: ['x'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps mapped errors as they are, without stack traces', () => {
    const mapped = toGraphQLError(new ValidationError('A.B', 'bad', { a: 'x' }), silent);
    const formatted = formatGraphQLError({ message: 'bad', extensions: { ...mapped.extensions, stacktrace: ['at y'] } }, mapped, silent);
    expect(formatted).toEqual({ message: 'bad', extensions: { code: 'BAD_USER_INPUT', reason: 'A.B', fields: { a: 'x' } } });
  });
});

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const metadata = { type: 'body' as const, metatype: DraftInput, data: 'input' };

  it('turns class-validator failures into BAD_USER_INPUT with a message per field, nested ones too', async () => {
    const error = await pipe.transform({ title: 'ab', resources: [{ url: 'not a url' }] }, metadata).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const mapped = toGraphQLError(error, silent);
    expect(mapped.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT.INVALID',
      fields: { title: 'title must be longer than or equal to 3 characters', 'resources.0.url': 'url must be a URL address' },
    });
  });

  it('refuses properties that are not declared', async () => {
    const error = await pipe.transform({ title: 'abc', resources: [], isAdmin: true }, metadata).catch((e: unknown) => e);
    expect((error as ValidationError).fields).toEqual({ isAdmin: 'property isAdmin should not exist' });
  });

  it('transforms valid input into the input class', async () => {
    await expect(pipe.transform({ title: 'abc', resources: [{ url: 'https://gfmd.org' }] }, metadata)).resolves.toBeInstanceOf(DraftInput);
  });
});
