import argon2 from 'argon2';
import { ValidationError } from '@pfp/kernel';

// OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): ~60 ms here, and the same cost for a dummy check.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Does the work of a real check against a hash nobody knows the password of, so that an
 * unknown email costs as much time as a wrong password.
 */
export async function verifyDummy(password: string): Promise<false> {
  dummy ??= hashPassword(`dummy-${Math.random()}`);
  await verifyPassword(await dummy, password);
  return false;
}

export function checkNewPassword(password: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) {
    throw new ValidationError('ACCOUNT.WEAK_PASSWORD', `The password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`, {
      [field]: `must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`,
    });
  }
}
