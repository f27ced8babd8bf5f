export * from './domain-error';
export type { Actor, OrganizationKind, OrganizationRole } from './actor';
export * from './policy';
export type { Decider, DomainEvent } from './decider';
export { decideAuthorized, fold } from './decider';
export type { Aggregate, AnyCommand, Command, CommandPolicy, CommandRequest, Policies } from './command';
export { isConnectionError } from './connection-errors';
export { checkText, graphemeClusters, isBlank, isCalendarDate, isDateTime, isLongerThan, isPartialDate, textFault, textLength } from './text';
