import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { ValidationError } from '@pfp/kernel';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity';

const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A random token for an emailed link; only its hash is stored. */
export async function issueAccountToken(
  manager: EntityManager,
  accountId: string,
  purpose: AccountTokenPurpose,
  lifeMs: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + lifeMs);
  await manager.insert(AccountTokenEntity, { id: randomUUID(), accountId, purpose, tokenHash: hashToken(token), createdAt: now, expiresAt, usedAt: null });
  return { token, expiresAt };
}

/**
 * Marks the token used and returns its account id, in the caller's transaction; an unknown,
 * used or expired token is one and the same refusal.
 */
export async function consumeAccountToken(
  manager: EntityManager,
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<string> {
  const row = await manager.getRepository(AccountTokenEntity).findOne({
    where: { tokenHash: hashToken(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(now) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) {
    const what = purpose === 'INVITATION' ? 'invitation' : 'password reset link';
    throw new ValidationError('ACCOUNT.INVALID_TOKEN', `This ${what} is not valid: it is unknown, already used or expired.`, {
      token: 'is unknown, already used or expired',
    });
  }
  await manager.update(AccountTokenEntity, { id: row.id }, { usedAt: now });
  return row.accountId;
}
