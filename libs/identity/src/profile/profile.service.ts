import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Not, type EntityManager } from 'typeorm';
import { authorizeActor, NotFoundError, ValidationError, type Actor } from '@pfp/kernel';
import { isMailLanguage, MAIL_LANGUAGES } from '@pfp/mail';
import { AccountEntity } from '../accounts/account.entity';
import { checkNewPassword, hashPassword, verifyPassword } from '../accounts/passwords';
import { audit, auditActorOf } from '../audit/audit';
import { ACCOUNT, uuidOf } from '../global-ids';
import { ownAccountPolicy } from '../members/member.policies';
import { OrganizationEntity } from '../organizations/organization.entity';
import { SessionEntity } from '../sessions/session.entity';
import { endSessionsOnCommit, SessionService, type SessionEndReason } from '../sessions/session.service';

export const DISPLAY_NAME_MAX = 120;

/** A person's own account: their name, their password, their sessions. `sessionId` is the stored uuid of the session the request came with. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  async changeDisplayName(actor: Actor | null, newName: string): Promise<{ account: AccountEntity; organization: OrganizationEntity }> {
    return this.own(actor, async (manager, who, account) => {
      const displayName = newName.trim();
      if (displayName.length === 0 || displayName.length > DISPLAY_NAME_MAX) {
        throw new ValidationError('ACCOUNT.INVALID', 'The name is not valid.', { displayName: `must be 1 to ${DISPLAY_NAME_MAX} characters` });
      }
      if (displayName === account.displayName) return account;
      await manager.update(AccountEntity, { id: account.id }, { displayName });
      await audit(manager, auditActorOf(who), 'DisplayNameChanged', { accountId: account.id, from: account.displayName, to: displayName });
      return { ...account, displayName };
    });
  }

  /** The language of the person's mails (digests, password resets, webhook notices): one of the six UN languages. */
  async setLanguage(actor: Actor | null, language: string): Promise<{ account: AccountEntity; organization: OrganizationEntity }> {
    return this.own(actor, async (manager, who, account) => {
      if (!isMailLanguage(language))
        throw new ValidationError('ACCOUNT.INVALID', 'The language is not valid.', { language: `must be one of ${MAIL_LANGUAGES.join(', ')}` });
      if (language === account.language) return account;
      await manager.update(AccountEntity, { id: account.id }, { language });
      await audit(manager, auditActorOf(who), 'AccountLanguageSet', { accountId: account.id, from: account.language, to: language });
      return { ...account, language };
    });
  }

  /** The current password is required; every other session of the account ends (this one stays). */
  async changePassword(actor: Actor | null, sessionId: string, currentPassword: string, newPassword: string): Promise<number> {
    checkNewPassword(newPassword, 'newPassword');
    const uuid = this.accountUuid(actor);
    const stored = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id: uuid });
    if (!stored.passwordHash || !(await verifyPassword(stored.passwordHash, currentPassword))) {
      throw new ValidationError('ACCOUNT.WRONG_PASSWORD', 'The current password is not right.', { currentPassword: 'is not your current password' });
    }
    if (currentPassword === newPassword) {
      throw new ValidationError('ACCOUNT.SAME_PASSWORD', 'The new password is the current one.', { newPassword: 'must differ from the current password' });
    }
    const passwordHash = await hashPassword(newPassword);
    const { sessionsEnded } = await this.dataSource.transaction(async (manager) => {
      const ended = await this.revokeOthers(manager, uuid, sessionId, 'PASSWORD_RESET');
      await manager.update(AccountEntity, { id: uuid }, { passwordHash, failedSignIns: 0, lockedUntil: null });
      await audit(manager, auditActorOf(actor!), 'PasswordChanged', { accountId: uuid, sessionsEnded: ended });
      return { sessionsEnded: ended };
    });
    return sessionsEnded;
  }

  /** The account's sessions that can still be used, the newest first. */
  async listSessions(actor: Actor | null): Promise<SessionEntity[]> {
    const uuid = this.accountUuid(actor);
    return this.dataSource.getRepository(SessionEntity).find({
      where: { accountId: uuid, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** One of the account's own sessions; someone else's is NOT_FOUND, as an unknown one is. */
  async endSession(actor: Actor | null, sessionId: string): Promise<boolean> {
    const uuid = this.accountUuid(actor);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(SessionEntity, { id: sessionId, accountId: uuid, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw new NotFoundError('SESSION.NOT_FOUND', 'You have no open session with this id.');
      endSessionsOnCommit(manager, { reason: 'SIGNED_OUT', sessionIds: [sessionId] });
      await audit(manager, auditActorOf(actor!), 'SessionRevoked', { accountId: uuid, sessionId, otherSessionsRevoked: 0 });
      return true;
    });
  }

  /** Every session of the account but the one the request came with; how many ended. */
  async endOtherSessions(actor: Actor | null, sessionId: string): Promise<number> {
    const uuid = this.accountUuid(actor);
    return this.dataSource.transaction(async (manager) => {
      const ended = await this.revokeOthers(manager, uuid, sessionId, 'SIGNED_OUT');
      await audit(manager, auditActorOf(actor!), 'OtherSessionsRevoked', { accountId: uuid, keptSessionId: sessionId, sessionsEnded: ended });
      return ended;
    });
  }

  /** The listeners check each socket's session again, so naming the account leaves the kept session's sockets open. */
  private async revokeOthers(manager: EntityManager, accountId: string, keep: string, reason: SessionEndReason): Promise<number> {
    const result = await manager.update(SessionEntity, { accountId, id: Not(keep), revokedAt: IsNull() }, { revokedAt: new Date() });
    endSessionsOnCommit(manager, { reason, accountIds: [accountId] });
    return result.affected ?? 0;
  }

  private accountUuid(actor: Actor | null): string {
    const who = authorizeActor(ownAccountPolicy, actor, undefined);
    return uuidOf(who.accountId, ACCOUNT)!;
  }

  private async own(
    actor: Actor | null,
    apply: (manager: EntityManager, who: Actor, account: AccountEntity) => Promise<AccountEntity>,
  ): Promise<{ account: AccountEntity; organization: OrganizationEntity }> {
    const uuid = this.accountUuid(actor);
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneOrFail(AccountEntity, { where: { id: uuid }, lock: { mode: 'pessimistic_write' } });
      const organization = await manager.findOneByOrFail(OrganizationEntity, { id: account.organizationId });
      return { account: await apply(manager, actor!, account), organization };
    });
  }
}
