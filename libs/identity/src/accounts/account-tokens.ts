import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { ValidationError } from '@pfp/kernel';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity';

const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * A random token for an emailed link; only its hash is stored. It replaces every earlier
 * unused link of the same purpose for the account: only the newest link works. The account
 * row is locked first, so two requests at once still leave one link.
 */
export async function issueAccountToken(
  manager: EntityManager,
  accountId: string,
  purpose: AccountTokenPurpose,
  lifeMs: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + lifeMs);
  await manager.query(`SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE`, [accountId]);
  await invalidateAccountTokens(manager, accountId, purpose, now);
  await manager.insert(AccountTokenEntity, { id: randomUUID(), accountId, purpose, tokenHash: hashToken(token), createdAt: now, expiresAt, usedAt: null });
  return { token, expiresAt };
}

/** Ends every unused link of this purpose for the account (marked used now); how many there were. */
export async function invalidateAccountTokens(manager: EntityManager, accountId: string, purpose: AccountTokenPurpose, now = new Date()): Promise<number> {
  const result = await manager.update(AccountTokenEntity, { accountId, purpose, usedAt: IsNull() }, { usedAt: now });
  return result.affected ?? 0;
}

/**
 * Marks the token used and returns its account id, in the caller's transaction; an unknown,
 * used, replaced or expired token is one and the same refusal. Using a link ends every other
 * link of the same purpose for the account (a reset makes older reset links useless).
 */
export async function consumeAccountToken(manager: EntityManager, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<string> {
  const row = await manager.getRepository(AccountTokenEntity).findOne({
    where: { tokenHash: hashToken(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(now) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) {
    const what = purpose === 'INVITATION' ? 'invitation' : 'password reset link';
    throw new ValidationError('ACCOUNT.INVALID_TOKEN', `This ${what} is not valid: it is unknown, already used, replaced by a newer one, or expired.`, {
      token: 'is unknown, already used, replaced by a newer one, or expired',
    });
  }
  await manager.update(AccountTokenEntity, { id: row.id }, { usedAt: now });
  await invalidateAccountTokens(manager, row.accountId, purpose, now);
  return row.accountId;
}
