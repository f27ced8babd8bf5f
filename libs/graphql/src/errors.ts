import { ArgumentsHost, Catch, HttpException, Logger, ValidationError as ClassValidatorError, ValidationPipe } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import { DomainError, ErrorKind, ValidationError, isConnectionError } from '@pfp/kernel';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

const KINDS: ReadonlySet<string> = new Set<ErrorKind>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'READ_MODEL_LAGGING',
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
]);
const INTERNAL_MESSAGE = 'Internal server error';

const HTTP_STATUS_KINDS: Record<number, ErrorKind> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

type DomainErrorLike = Error & { code: string; kind: string; fields?: Record<string, string>; retryAfterSeconds?: number };

/** Duck-typed so that errors from any context (the event store's ConcurrencyError too) map alike. */
function isDomainError(error: unknown): error is DomainErrorLike {
  if (error instanceof DomainError) return true;
  const e = error as Partial<DomainErrorLike> | null;
  return error instanceof Error && typeof e?.code === 'string' && typeof e.kind === 'string' && KINDS.has(e.kind);
}

/** Whole seconds, at least 1 (0 would invite an immediate retry); 60 when the limiter did not say. */
function retryAfter(seconds: number | undefined): number {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 60;
}

/**
 * The single mapping from what a resolver throws to what a client sees:
 * DomainError -> `extensions.code = kind`, `extensions.reason = code`, `extensions.fields`,
 * `extensions.retryAfterSeconds` (TOO_MANY_REQUESTS: whole seconds to wait);
 * anything unknown -> INTERNAL_SERVER_ERROR with a generic message, logged with its stack.
 */
export function toGraphQLError(error: unknown, logger: Pick<Logger, 'error'> = new Logger('GraphQL')): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (isDomainError(error)) {
    return new GraphQLError(error.message, {
      extensions: {
        code: error.kind,
        reason: error.code,
        ...(error.fields ? { fields: error.fields } : {}),
        ...(error.kind === 'TOO_MANY_REQUESTS' ? { retryAfterSeconds: retryAfter(error.retryAfterSeconds) } : {}),
      },
    });
  }
  if (error instanceof Error && error.name === 'ConcurrencyError') {
    const code = (error as Partial<DomainErrorLike>).code;
    return new GraphQLError(error.message, { extensions: { code: 'CONFLICT', reason: typeof code === 'string' ? code : 'EVENT_STORE.CONCURRENCY' } });
  }
  if (isConnectionError(error)) {
    logger.error(`database unavailable: ${(error as Error).message}`);
    return new GraphQLError('The service cannot reach its database right now. Try again in a moment.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE.UNAVAILABLE' },
    });
  }
  if (error instanceof HttpException && error.getStatus() === 429) {
    // @nestjs/throttler's own ThrottlerException, should a guard other than the API's throw it: no wait is known.
    return new GraphQLError('Too many requests. Try again later.', {
      extensions: { code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMIT.EXCEEDED', retryAfterSeconds: retryAfter(undefined) },
    });
  }
  if (error instanceof HttpException && HTTP_STATUS_KINDS[error.getStatus()]) {
    // Nest's own refusals, e.g. a guard returning false throws ForbiddenException.
    return new GraphQLError(error.message, { extensions: { code: HTTP_STATUS_KINDS[error.getStatus()], reason: `HTTP.${error.getStatus()}` } });
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** Registered globally (APP_FILTER): every exception leaving a resolver goes through toGraphQLError. */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    return toGraphQLError(exception, this.logger);
  }
}

/**
 * Apollo `formatError`: a backstop for errors raised outside resolvers (scalars, context),
 * and removes stack traces from every response.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, logger?: Pick<Logger, 'error'>): GraphQLFormattedError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (original instanceof GraphQLError || !(original instanceof Error)) return { ...formatted, extensions };
  const mapped = toGraphQLError(original, logger);
  return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: mapped.extensions };
}

/** `{ 'resources.0.url': 'url must be a URL address' }` from class-validator's nested errors. */
export function validationFields(errors: ClassValidatorError[], parent = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) fields[path] = messages.join('; ');
    Object.assign(fields, validationFields(error.children ?? [], path));
  }
  return fields;
}

/** The global pipe: inputs are whitelisted, transformed, and a refusal is a BAD_USER_INPUT naming its fields. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationError('INPUT.INVALID', 'The input is not valid.', validationFields(errors)),
  });
}
