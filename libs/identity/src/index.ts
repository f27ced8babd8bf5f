export { IdentityModule, IDENTITY_MIGRATIONS, IDENTITY_ENTITIES } from './identity.module';
export { IdentitySchema1764400000000 } from './migrations/1764400000000-identity-schema';
export { SessionService } from './sessions/session.service';
export { CurrentActor, SESSION_COOKIE, presentedToken } from './sessions/actor.guard';
export { actorOfConnection } from './sessions/ws-actor';
export { OrganizationsService } from './organizations/organizations.service';
export { demoAccountId, demoAccountUuid, demoOrganizationId, demoOrganizationUuid } from './global-ids';
export { DEMO_PASSWORD, demoAccountEmail } from './demo/demo-seed';
export { Organization, Account, OrganizationKind, AccountRole } from './graphql-types';
