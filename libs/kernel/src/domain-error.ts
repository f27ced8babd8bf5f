/**
 * How an error reaches a client. The GraphQL edge maps each kind to `extensions.code` in one
 * place, so a refusal means the same thing from every resolver.
 */
export type ErrorKind =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The write was stored; a read model has not caught up within the read-your-writes bound. */
  | 'READ_MODEL_LAGGING'
  /** The database or event store cannot be reached: try again later. */
  | 'SERVICE_UNAVAILABLE'
  /** A rate limit was reached: try again after `retryAfterSeconds`. */
  | 'TOO_MANY_REQUESTS';

/** A refusal with a stable code (`PRACTICE.NOT_IN_REVIEW`); domain code throws these, never framework errors. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: ErrorKind = 'BAD_USER_INPUT',
    /** For BAD_USER_INPUT: the offending fields, each with what is wrong. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(code: string, message: string, fields?: Record<string, string>) {
    super(code, message, 'BAD_USER_INPUT', fields);
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message, 'NOT_FOUND');
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message, 'FORBIDDEN');
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do this.') {
    super('AUTH.UNAUTHENTICATED', message, 'UNAUTHENTICATED');
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message, 'CONFLICT');
  }
}

/** A rate limit refused the request; nothing was done. The client may try again after `retryAfterSeconds`. */
export class TooManyRequestsError extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, message, 'TOO_MANY_REQUESTS');
  }
}
