export { IdentityModule, IDENTITY_MIGRATIONS } from './identity.module';
export { SessionService, endSessionsOnCommit, type EndedSessions, type SessionEndReason } from './sessions/session.service';
export { sessionError, type SessionProblem } from './sessions/session-errors';
export { CurrentActor } from './sessions/actor.guard';
export { actorOfConnection, sessionOfConnection, type ConnectionSession } from './sessions/ws-actor';
export { OrganizationsService } from './organizations/organizations.service';
export { demoAccountId, demoOrganizationId } from './global-ids';
export { DEMO_PASSWORD, demoAccountEmail } from './demo/demo-seed';
export { Organization, OrganizationKind, AccountRole } from './graphql-types';
