import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor } from '@pfp/kernel';
import { AccountEntity } from '../accounts/account.entity';
import { verifyDummy, verifyPassword } from '../accounts/passwords';
import { audit } from '../audit/audit';
import { OrganizationEntity } from '../organizations/organization.entity';
import { invalidCredentials } from './session-errors';
import { actorOf, SessionService, type IssuedSession } from './session.service';

export interface SignedIn extends IssuedSession {
  account: AccountEntity;
  organization: OrganizationEntity;
  actor: Actor;
}

@Injectable()
export class SignInService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /** Makes the dummy hash at start, so that the first unknown email costs no more than a wrong password. */
  async onModuleInit(): Promise<void> {
    await verifyDummy('');
  }

  /**
   * Unknown email, invited-but-not-activated account, deactivated organisation and wrong
   * password all answer AUTH.INVALID_CREDENTIALS after one argon2 check each, and write
   * nothing: nothing in the answer or its timing tells whether the email has an account.
   * Guessing is limited by the API's rate limits, per e-mail address (known or not) and per
   * client address alike (apps/api/src/rate-limits.ts), not by a lock on the account.
   */
  async signIn(email: string, password: string, userAgent: string | null = null): Promise<SignedIn> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.organization', 'o')
      .where('lower(a.email) = lower(:email)', { email: email.trim() })
      .getOne();
    const organization = account?.organization;
    if (!account || !organization || !account.passwordHash || !account.activatedAt || organization.deactivatedAt) {
      await verifyDummy(password);
      throw invalidCredentials();
    }
    if (!(await verifyPassword(account.passwordHash, password))) throw invalidCredentials();

    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.issue(manager, account.id, new Date(), userAgent);
      await audit(manager, { accountId: account.id, organizationId: organization.id }, 'SessionStarted', {
        accountId: account.id,
        sessionId: session.sessionId,
        expiresAt: session.expiresAt.toISOString(),
      });
      return { ...session, account, organization, actor: actorOf(account, organization) };
    });
  }
}
