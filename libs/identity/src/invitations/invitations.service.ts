import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isEmail } from 'class-validator';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { authorizeActor, ConflictError, NotFoundError, ValidationError, type Actor, type OrganizationRole, type Policy } from '@pfp/kernel';
import { manageAccountsPolicy } from '../members/member.policies';
import { Mailer } from '@pfp/mail';
import { AccountEntity } from '../accounts/account.entity';
import { consumeAccountToken, issueAccountToken } from '../accounts/account-tokens';
import { checkNewPassword, hashPassword } from '../accounts/passwords';
import { audit, auditActorOf } from '../audit/audit';
import { uuidOf, ORGANIZATION } from '../global-ids';
import { OrganizationEntity } from '../organizations/organization.entity';
import { SessionService } from '../sessions/session.service';
import { actorOf, type IssuedSession } from '../sessions/session.service';
import { publicUrl } from '../public-url';

export const INVITATION_LIFE_MS = 7 * 24 * 60 * 60 * 1000;

/** The Support Unit invites to any organisation, an organisation's admin to their own. */
export const inviteAccountPolicy: Policy<{ organizationId: string }> = manageAccountsPolicy;

export interface Invited {
  account: AccountEntity;
  organization: OrganizationEntity;
  expiresAt: Date;
}

export interface InviteAccount {
  email: string;
  displayName: string;
  organizationId: string;
  role: OrganizationRole;
}

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(actor: Actor | null, input: InviteAccount): Promise<Invited> {
    const who = authorizeActor(inviteAccountPolicy, actor, { organizationId: input.organizationId });
    return this.dataSource.transaction((manager) => this.inviteIn(manager, who, input));
  }

  /**
   * The invitation in the caller's transaction, for a caller that has authorised it (an
   * approved account request invites its contact as the new organisation's ADMIN).
   */
  async inviteIn(manager: EntityManager, who: Actor, input: InviteAccount): Promise<Invited> {
    const email = input.email.trim();
    const displayName = input.displayName.trim();
    const fields: Record<string, string> = {};
    if (!isEmail(email) || email.length > 254) fields.email = 'must be an email address';
    if (displayName.length === 0 || displayName.length > 120) fields.displayName = 'must be 1 to 120 characters';
    if (input.role !== 'MEMBER' && input.role !== 'ADMIN') fields.role = 'must be MEMBER or ADMIN';
    if (Object.keys(fields).length > 0) throw new ValidationError('ACCOUNT.INVALID', 'The invitation is not valid.', fields);
    const organizationUuid = uuidOf(input.organizationId, ORGANIZATION);
    const organization = organizationUuid ? await manager.findOneBy(OrganizationEntity, { id: organizationUuid }) : null;
    if (!organization) throw new NotFoundError('ORGANIZATION.NOT_FOUND', `No organisation ${input.organizationId}.`);
    if (organization.deactivatedAt) throw new ConflictError('ORGANIZATION.DEACTIVATED', 'The organisation is deactivated.');
    const existing = await manager
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .where('lower(a.email) = lower(:email)', { email })
      .setLock('pessimistic_write')
      .getOne();
    if (existing?.activatedAt) throw new ConflictError('ACCOUNT.EMAIL_TAKEN', 'An account with this email already exists.');
    const now = new Date();
    // Inviting an address whose invitation is still pending (or whose account was removed)
    // invites it anew: the account takes this organisation, role and name, and only the newest
    // link works (issueAccountToken).
    const account = manager.create(AccountEntity, {
      id: existing?.id ?? randomUUID(),
      email: existing?.email ?? email,
      displayName,
      organizationId: organization.id,
      role: input.role,
      passwordHash: null,
      activatedAt: null,
      failedSignIns: 0,
      lockedUntil: null,
      createdAt: existing?.createdAt ?? now,
      removedAt: null,
    });
    if (existing) {
      await manager.update(AccountEntity, { id: existing.id }, { displayName, organizationId: organization.id, role: input.role, removedAt: null });
    } else {
      await manager.insert(AccountEntity, account);
    }
    const { token, expiresAt } = await issueAccountToken(manager, account.id, 'INVITATION', INVITATION_LIFE_MS, now);
    await audit(
      manager,
      auditActorOf(who),
      'AccountInvited',
      {
        accountId: account.id,
        organizationId: organization.id,
        email,
        displayName,
        role: input.role,
        expiresAt: expiresAt.toISOString(),
        ...(existing ? { reinvited: true } : {}),
      },
      now,
    );
    // Sent inside the transaction: if the mail cannot be written, no invitation exists that nobody received.
    // Accounts have no language of their own yet: English, as before.
    await this.mailer.sendTemplate({
      to: email,
      language: 'en',
      template: 'invitation',
      data: {
        displayName,
        organizationName: organization.name,
        inviterName: who.organizationKind === 'SUPPORT_UNIT' ? null : organization.name,
        role: input.role === 'ADMIN' ? 'ADMIN' : 'MEMBER',
        url: `${publicUrl(this.config)}/accept-invitation?token=${token}`,
      },
    });
    return { account, organization, expiresAt };
  }

  /** Sets the password, activates the account and signs it in. Open to anyone holding the token. */
  async accept(
    token: string,
    password: string,
    userAgent: string | null = null,
  ): Promise<IssuedSession & { account: AccountEntity; organization: OrganizationEntity; actor: Actor }> {
    checkNewPassword(password);
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const accountId = await consumeAccountToken(manager, token, 'INVITATION');
      const account = await manager.findOneByOrFail(AccountEntity, { id: accountId });
      const organization = await manager.findOneByOrFail(OrganizationEntity, { id: account.organizationId });
      if (organization.deactivatedAt) throw new ConflictError('ORGANIZATION.DEACTIVATED', 'The organisation is deactivated.');
      const now = new Date();
      await manager.update(AccountEntity, { id: account.id }, { passwordHash, activatedAt: now, failedSignIns: 0, lockedUntil: null });
      const session = await this.sessions.issue(manager, account.id, now, userAgent);
      const who = { accountId: account.id, organizationId: organization.id };
      await audit(manager, who, 'InvitationAccepted', { accountId: account.id }, now);
      await audit(manager, who, 'SessionStarted', { accountId: account.id, sessionId: session.sessionId, expiresAt: session.expiresAt.toISOString() }, now);
      const activated = { ...account, passwordHash, activatedAt: now };
      return { ...session, account: activated, organization, actor: actorOf(activated, organization) };
    });
  }
}
