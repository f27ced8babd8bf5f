export * from './domain-error';
export type { Actor, OrganizationKind, OrganizationRole } from './actor';
export * from './policy';
export type { Decider, DomainEvent } from './decider';
export { fold } from './decider';
export { isConnectionError } from './connection-errors';
