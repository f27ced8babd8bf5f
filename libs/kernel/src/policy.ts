import type { Actor } from './actor';
import { ForbiddenError, UnauthenticatedError } from './domain-error';

/**
 * What a policy answers: allowed, or why not. A denial to a visitor is UNAUTHENTICATED (signing
 * in may help), a denial to a signed-in actor is FORBIDDEN (it will not).
 */
export type Decision = { allowed: true } | { allowed: false; code: string; reason: string; kind: 'UNAUTHENTICATED' | 'FORBIDDEN' };

/** One per command, next to its use case: the actor and the state it acts on decide. No framework, no I/O. */
export type Policy<S = void> = (actor: Actor | null, state: S) => Decision;

const ALLOWED: Decision = Object.freeze({ allowed: true });

export function allow(): Decision {
  return ALLOWED;
}

export function deny(code: string, reason: string): Decision {
  return { allowed: false, code, reason, kind: 'FORBIDDEN' };
}

/** Denies a visitor with UNAUTHENTICATED; use it first in any policy that needs a signed-in actor. */
export function requireSignIn(actor: Actor | null): Decision {
  return actor ? ALLOWED : { allowed: false, code: 'AUTH.UNAUTHENTICATED', reason: 'Sign in to do this.', kind: 'UNAUTHENTICATED' };
}

/**
 * Composes decisions: the first denial wins. Lets a policy read as a list of conditions,
 * `all(requireSignIn(actor), actor?.organizationKind === 'STATE' ? allow() : deny(...))`.
 */
export function all(...decisions: Array<Decision | (() => Decision)>): Decision {
  for (const d of decisions) {
    const decision = typeof d === 'function' ? d() : d;
    if (!decision.allowed) return decision;
  }
  return ALLOWED;
}

/** A policy that lets any signed-in actor through. */
export const signedIn: Policy<unknown> = (actor) => requireSignIn(actor);

/** A policy for commands of the Support Unit (managing organisations and accounts, reviewing practices). */
export const supportUnitOnly: Policy<unknown> = (actor) =>
  all(requireSignIn(actor), () =>
    actor?.organizationKind === 'SUPPORT_UNIT' ? allow() : deny('AUTH.SUPPORT_UNIT_ONLY', 'Only the Support Unit may do this.'),
  );

/**
 * Runs a policy and throws its denial as a domain error, which the GraphQL edge maps to
 * UNAUTHENTICATED or FORBIDDEN. Call it before any write, so a denied command writes nothing.
 */
export function authorize<S>(policy: Policy<S>, actor: Actor | null, state: S): void {
  const decision = policy(actor, state);
  if (decision.allowed) return;
  if (decision.kind === 'UNAUTHENTICATED') throw new UnauthenticatedError(decision.reason);
  throw new ForbiddenError(decision.code, decision.reason);
}

/** `authorize` for commands that need a signed-in actor: returns it, narrowed, for the use case to record. */
export function authorizeActor<S>(policy: Policy<S>, actor: Actor | null, state: S): Actor {
  authorize(policy, actor, state);
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
