import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { authorizeActor, ConflictError, NotFoundError, type Actor, type OrganizationRole } from '@pfp/kernel';
import { AccountEntity } from '../accounts/account.entity';
import { invalidateAccountTokens } from '../accounts/account-tokens';
import { audit, auditActorOf } from '../audit/audit';
import { ACCOUNT, ORGANIZATION, organizationGlobalId, uuidOf } from '../global-ids';
import { OrganizationEntity } from '../organizations/organization.entity';
import { SessionService } from '../sessions/session.service';
import { manageAccountsPolicy } from './member.policies';

const noAccount = (id: string): NotFoundError => new NotFoundError('ACCOUNT.NOT_FOUND', `No account ${id}.`);

/** An organisation's accounts as its admins and the Support Unit manage them: list, remove, change roles. */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /** The organisation's accounts (invited ones too, removed ones not), by name. */
  async list(actor: Actor | null, organizationId: string): Promise<{ organization: OrganizationEntity; accounts: AccountEntity[] }> {
    authorizeActor(manageAccountsPolicy, actor, { organizationId });
    const uuid = uuidOf(organizationId, ORGANIZATION);
    const organization = uuid ? await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: uuid }) : null;
    if (!organization) throw new NotFoundError('ORGANIZATION.NOT_FOUND', `No organisation ${organizationId}.`);
    const accounts = await this.dataSource
      .getRepository(AccountEntity)
      .find({ where: { organizationId: organization.id, removedAt: IsNull() }, order: { displayName: 'ASC', id: 'ASC' } });
    return { organization, accounts };
  }

  async changeRole(actor: Actor | null, accountId: string, role: OrganizationRole): Promise<{ account: AccountEntity; organization: OrganizationEntity }> {
    return this.change(actor, accountId, async (manager, who, account) => {
      if (account.role === role) return account;
      if (role === 'MEMBER') await this.refuseLastAdmin(manager, account, 'demote');
      await manager.update(AccountEntity, { id: account.id }, { role });
      await audit(manager, auditActorOf(who), 'AccountRoleChanged', {
        accountId: account.id,
        organizationId: account.organizationId,
        from: account.role,
        to: role,
      });
      return { ...account, role };
    });
  }

  /**
   * The account can no longer sign in and its sessions end at once (live sockets too); it is
   * kept, unlisted, for the audit and for the events that name it. Inviting its address again
   * brings it back.
   */
  async remove(actor: Actor | null, accountId: string): Promise<{ account: AccountEntity; organization: OrganizationEntity }> {
    return this.change(actor, accountId, async (manager, who, account) => {
      await this.refuseLastAdmin(manager, account, 'remove');
      const removedAt = new Date();
      await manager.update(AccountEntity, { id: account.id }, { removedAt, activatedAt: null, passwordHash: null });
      await invalidateAccountTokens(manager, account.id, 'INVITATION', removedAt);
      await invalidateAccountTokens(manager, account.id, 'PASSWORD_RESET', removedAt);
      const sessionsEnded = await this.sessions.revokeAll(manager, account.id, removedAt, 'ACCOUNT_DEACTIVATED');
      await audit(manager, auditActorOf(who), 'AccountRemoved', { accountId: account.id, organizationId: account.organizationId, sessionsEnded }, removedAt);
      return { ...account, removedAt, activatedAt: null, passwordHash: null };
    });
  }

  /**
   * Reads the account, authorises against its organisation, and runs the change with every
   * account of that organisation locked, so two admins demoting each other at once still
   * leave one.
   */
  private async change(
    actor: Actor | null,
    accountId: string,
    apply: (manager: EntityManager, who: Actor, account: AccountEntity) => Promise<AccountEntity>,
  ): Promise<{ account: AccountEntity; organization: OrganizationEntity }> {
    const uuid = uuidOf(accountId, ACCOUNT);
    const found = uuid ? await this.dataSource.getRepository(AccountEntity).findOneBy({ id: uuid, removedAt: IsNull() }) : null;
    // Who may not manage the organisation hears FORBIDDEN whether or not the account exists.
    const who = authorizeActor(manageAccountsPolicy, actor, { organizationId: found ? organizationGlobalId(found.organizationId) : '' });
    if (!found) throw noAccount(accountId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM accounts WHERE organization_id = $1 ORDER BY id FOR UPDATE`, [found.organizationId]);
      const account = await manager.findOneBy(AccountEntity, { id: found.id, removedAt: IsNull() });
      if (!account || account.organizationId !== found.organizationId) throw noAccount(accountId);
      const organization = await manager.findOneByOrFail(OrganizationEntity, { id: account.organizationId });
      return { account: await apply(manager, who, account), organization };
    });
  }

  private async refuseLastAdmin(manager: EntityManager, account: AccountEntity, what: 'demote' | 'remove'): Promise<void> {
    if (account.role !== 'ADMIN' || !account.activatedAt) return;
    const [{ admins }] = (await manager.query(
      `SELECT count(*)::int AS admins FROM accounts WHERE organization_id = $1 AND role = 'ADMIN' AND activated_at IS NOT NULL AND removed_at IS NULL AND id <> $2`,
      [account.organizationId, account.id],
    )) as Array<{ admins: number }>;
    if (admins === 0) {
      throw new ConflictError(
        'ACCOUNT.LAST_ADMIN',
        `This is the organisation's last administrator: make another account ADMIN before you ${what === 'remove' ? 'remove' : 'demote'} it.`,
      );
    }
  }
}
