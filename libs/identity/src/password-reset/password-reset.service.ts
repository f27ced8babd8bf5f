import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { Mailer, mailLanguageOf } from '@pfp/mail';
import { AccountEntity, accountMailLanguage } from '../accounts/account.entity';
import { consumeAccountToken, issueAccountToken } from '../accounts/account-tokens';
import { checkNewPassword, hashPassword } from '../accounts/passwords';
import { audit } from '../audit/audit';
import { OrganizationEntity } from '../organizations/organization.entity';
import { publicUrl } from '../public-url';
import { SessionService } from '../sessions/session.service';

export const RESET_LIFE_MS = 60 * 60 * 1000;

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails a single-use link when the email belongs to an active account, and nothing
   * otherwise; the caller answers the same either way, so nobody learns who has an account.
   */
  async request(email: string): Promise<void> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .innerJoin(OrganizationEntity, 'o', 'o.id = a.organization_id')
      .where('lower(a.email) = lower(:email)', { email: email.trim() })
      .andWhere('a.activated_at IS NOT NULL AND o.deactivated_at IS NULL')
      .getOne();
    if (!account) return;
    await this.dataSource.transaction(async (manager) => {
      const { token, expiresAt } = await issueAccountToken(manager, account.id, 'PASSWORD_RESET', RESET_LIFE_MS);
      await audit(manager, { accountId: account.id, organizationId: account.organizationId }, 'PasswordResetRequested', {
        accountId: account.id,
        expiresAt: expiresAt.toISOString(),
      });
      await this.mailer.sendTemplate({
        to: account.email,
        language: mailLanguageOf(accountMailLanguage(account)),
        template: 'password-reset',
        data: { displayName: account.displayName, url: `${publicUrl(this.config)}/reset-password?token=${token}` },
      });
    });
  }

  /** Sets the new password, ends every other reset link (consumeAccountToken) and every session of the account. */
  async reset(token: string, password: string): Promise<void> {
    checkNewPassword(password);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      const accountId = await consumeAccountToken(manager, token, 'PASSWORD_RESET');
      const account = await manager.findOneByOrFail(AccountEntity, { id: accountId });
      await manager.update(AccountEntity, { id: accountId }, { passwordHash });
      // Every session of the account ends, its live sockets closed in every process after the commit.
      const revoked = await this.sessions.revokeAll(manager, accountId, new Date(), 'PASSWORD_RESET');
      await audit(manager, { accountId, organizationId: account.organizationId }, 'PasswordReset', { accountId, sessionsRevoked: revoked });
    });
  }
}
