import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContributionsModule } from '@pfp/contributions';
import { MailModule } from '@pfp/mail';
import { AccountTokenEntity } from './accounts/account-token.entity';
import { AccountEntity } from './accounts/account.entity';
import { AuditEntryEntity } from './audit/audit-entry.entity';
import { DemoSeeder } from './demo/demo-seed';
import { InvitationsService } from './invitations/invitations.service';
import { IdentitySchema1764400000000 } from './migrations/1764400000000-identity-schema';
import { OneStatePerCountry1764700000000 } from './migrations/1764700000000-one-state-per-country';
import { AccountManagement1764800000000 } from './migrations/1764800000000-account-management';
import { AccountLanguage1765300000010 } from './migrations/1765300000010-account-language';
import { AccountRequestEntity } from './account-requests/account-request.entity';
import { AccountRequestsResolver } from './account-requests/account-requests.resolver';
import { AccountRequestsService } from './account-requests/account-requests.service';
import { MembersResolver } from './members/members.resolver';
import { MembersService } from './members/members.service';
import { ProfileResolver } from './profile/profile.resolver';
import { ProfileService } from './profile/profile.service';
import { OrganizationEntity } from './organizations/organization.entity';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { OrganizationsService } from './organizations/organizations.service';
import { PasswordResetService } from './password-reset/password-reset.service';
import { ActorGuard } from './sessions/actor.guard';
import { SessionEntity } from './sessions/session.entity';
import { SessionService } from './sessions/session.service';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SignInService } from './sessions/sign-in.service';
import { OrganizationsExportContribution } from './export/organizations-export';

/** The app runs these at boot (TypeORM `migrations`), before the demo seed. */
export const IDENTITY_MIGRATIONS = [IdentitySchema1764400000000, OneStatePerCountry1764700000000, AccountManagement1764800000000, AccountLanguage1765300000010];

export const IDENTITY_ENTITIES = [OrganizationEntity, AccountEntity, SessionEntity, AccountTokenEntity, AuditEntryEntity, AccountRequestEntity];

/**
 * Organisations, accounts, sessions. Needs the global ConfigModule (APP_CONFIG), a TypeORM
 * root and GraphQL. Registers ActorGuard globally: every request's actor is resolved once.
 */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), MailModule, ContributionsModule],
  providers: [
    SessionService,
    SignInService,
    OrganizationsService,
    InvitationsService,
    PasswordResetService,
    DemoSeeder,
    SessionsResolver,
    OrganizationsResolver,
    MembersService,
    MembersResolver,
    ProfileService,
    ProfileResolver,
    AccountRequestsService,
    AccountRequestsResolver,
    OrganizationsExportContribution,
    { provide: APP_GUARD, useClass: ActorGuard },
  ],
  exports: [SessionService, OrganizationsService],
})
export class IdentityModule {}
