export * from './domain-error';
export type { Actor, OrganizationKind, OrganizationRole } from './actor';
export * from './policy';
