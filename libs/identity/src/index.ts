export { IdentityModule, IDENTITY_MIGRATIONS } from './identity.module';
export { SessionService } from './sessions/session.service';
export { CurrentActor } from './sessions/actor.guard';
export { actorOfConnection } from './sessions/ws-actor';
export { OrganizationsService } from './organizations/organizations.service';
export { demoAccountId, demoOrganizationId } from './global-ids';
export { DEMO_PASSWORD, demoAccountEmail } from './demo/demo-seed';
export { Organization, OrganizationKind, AccountRole } from './graphql-types';
