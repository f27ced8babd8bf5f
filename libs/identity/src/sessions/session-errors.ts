import { DomainError } from '@pfp/kernel';

/** Every sign-in and session refusal is UNAUTHENTICATED; the codes say why without saying which of email or password was wrong. */
export class AuthError extends DomainError {
  constructor(code: string, message: string) {
    super(code, message, 'UNAUTHENTICATED');
  }
}

export const invalidCredentials = (): AuthError => new AuthError('AUTH.INVALID_CREDENTIALS', 'Email or password is incorrect.');

export const accountLocked = (until: Date): AuthError =>
  new AuthError('AUTH.LOCKED', `Too many failed sign-ins: this account is locked. Try again after ${until.toISOString()}.`);

export type SessionProblem = 'MALFORMED' | 'FORGED' | 'UNKNOWN' | 'EXPIRED' | 'REVOKED' | 'INACTIVE';

const PROBLEMS: Record<SessionProblem, [string, string]> = {
  MALFORMED: ['AUTH.INVALID_TOKEN', 'The session token is not valid. Sign in again.'],
  FORGED: ['AUTH.INVALID_TOKEN', 'The session token is not valid. Sign in again.'],
  UNKNOWN: ['AUTH.INVALID_TOKEN', 'The session token is not valid. Sign in again.'],
  EXPIRED: ['AUTH.SESSION_EXPIRED', 'Your session has expired. Sign in again.'],
  REVOKED: ['AUTH.SESSION_REVOKED', 'This session was signed out. Sign in again.'],
  INACTIVE: ['AUTH.ACCOUNT_INACTIVE', 'This account or its organisation is no longer active.'],
};

export function sessionError(problem: SessionProblem): AuthError {
  const [code, message] = PROBLEMS[problem];
  return new AuthError(code, message);
}
