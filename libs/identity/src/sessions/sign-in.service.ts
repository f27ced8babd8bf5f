import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor } from '@pfp/kernel';
import { AccountEntity } from '../accounts/account.entity';
import { verifyDummy, verifyPassword } from '../accounts/passwords';
import { audit } from '../audit/audit';
import { OrganizationEntity } from '../organizations/organization.entity';
import { accountLocked, invalidCredentials } from './session-errors';
import { actorOf, SessionService, type IssuedSession } from './session.service';

/** After this many consecutive failures each further try waits, longer each time. */
export const SLOW_DOWN_AFTER = 5;
/** After this many the account is locked for LOCK_MS. */
export const LOCK_AFTER = 10;
export const LOCK_MS = 15 * 60 * 1000;
const DELAY_STEP_MS = 250;
const DELAY_MAX_MS = 5_000;

export function signInDelayMs(failures: number): number {
  return failures < SLOW_DOWN_AFTER ? 0 : Math.min(DELAY_STEP_MS * (failures - SLOW_DOWN_AFTER + 1), DELAY_MAX_MS);
}

export interface SignedIn extends IssuedSession {
  account: AccountEntity;
  organization: OrganizationEntity;
  actor: Actor;
}

@Injectable()
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Unknown email, invited-but-not-activated account, deactivated organisation and wrong
   * password all answer AUTH.INVALID_CREDENTIALS after one argon2 check each.
   */
  async signIn(email: string, password: string): Promise<SignedIn> {
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
    if (account.lockedUntil && account.lockedUntil.getTime() > Date.now()) {
      await verifyDummy(password);
      throw accountLocked(account.lockedUntil);
    }
    const delay = signInDelayMs(account.failedSignIns);
    if (delay > 0) await sleep(delay);

    if (!(await verifyPassword(account.passwordHash, password))) {
      await this.recordFailure(account.id);
    }

    return this.dataSource.transaction(async (manager) => {
      // Re-read under a row lock: a parallel failure may have locked the account meanwhile.
      const current = await manager.getRepository(AccountEntity).findOne({ where: { id: account.id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw invalidCredentials();
      if (current.lockedUntil && current.lockedUntil.getTime() > Date.now()) throw accountLocked(current.lockedUntil);
      await manager.update(AccountEntity, { id: account.id }, { failedSignIns: 0, lockedUntil: null });
      const session = await this.sessions.issue(manager, account.id);
      await audit(manager, { accountId: account.id, organizationId: organization.id }, 'SessionStarted', {
        accountId: account.id,
        sessionId: session.sessionId,
        expiresAt: session.expiresAt.toISOString(),
      });
      return { ...session, account: current, organization, actor: actorOf(current, organization) };
    });
  }

  /**
   * Counts the failure atomically (parallel guesses each count) and locks at LOCK_AFTER.
   * Always throws. Written outside any refused transaction on purpose: the count must survive the refusal.
   */
  private async recordFailure(accountId: string): Promise<never> {
    const locked = await this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
      const [rows]: [Array<{ failed_sign_ins: number; locked_until: Date | null; organization_id: string }>, number] = await manager.query(
        `UPDATE accounts
            SET failed_sign_ins = failed_sign_ins + 1,
                locked_until = CASE WHEN failed_sign_ins + 1 >= $2 THEN now() + ($3 || ' milliseconds')::interval ELSE locked_until END
          WHERE id = $1
        RETURNING failed_sign_ins, locked_until, organization_id`,
        [accountId, LOCK_AFTER, String(LOCK_MS)],
      );
      const row = rows[0];
      if (row && row.failed_sign_ins === LOCK_AFTER && row.locked_until) {
        await audit(manager, { accountId: null, organizationId: null }, 'AccountLocked', {
          accountId,
          organizationId: row.organization_id,
          failedSignIns: row.failed_sign_ins,
          lockedUntil: new Date(row.locked_until).toISOString(),
        });
      }
      return row && row.failed_sign_ins >= LOCK_AFTER && row.locked_until ? new Date(row.locked_until) : null;
    });
    throw locked ? accountLocked(locked) : invalidCredentials();
  }
}
