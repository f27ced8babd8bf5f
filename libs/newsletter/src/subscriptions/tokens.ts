import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a newsletter link proves: confirming a subscription (for a week), or leaving (for as long as the subscriber exists). */
export type TokenPurpose = 'confirm' | 'unsubscribe';

export const CONFIRMATION_VALID_MS = 7 * 24 * 3600_000;

/** An HMAC-SHA256 in base64url, unpadded. */
const MAC_LENGTH = 43;

const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/**
 * Signed tokens for newsletter links (HMAC-SHA256 with a key of its own, derived from
 * SESSION_SECRET): `<payload><signature>` (the signature is its last 43 characters, so the
 * token is one base64url word that mail clients keep whole in a link), the payload naming the purpose, the subscriber id
 * and, for a confirmation, when it expires. Nothing is stored: a forged or changed token fails.
 */
export class NewsletterTokens {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    this.key = createHmac('sha256', sessionSecret).update('pfp newsletter tokens v1').digest();
  }

  /** The key for looking up an address (HMAC of its normalised form): the same address finds the same row. */
  emailKey(email: string): string {
    return createHmac('sha256', this.key)
      .update(`email:${normaliseEmail(email)}`)
      .digest('base64url');
  }

  sign(purpose: TokenPurpose, subscriberId: string, now: Date): string {
    const payload = b64(
      JSON.stringify(purpose === 'confirm' ? { p: 'c', s: subscriberId, e: now.getTime() + CONFIRMATION_VALID_MS } : { p: 'u', s: subscriberId }),
    );
    return `${payload}${this.mac(payload)}`;
  }

  /** The subscriber id a valid, unexpired token of `purpose` names; null otherwise. */
  verify(purpose: TokenPurpose, token: string, now: Date): string | null {
    if (!/^[A-Za-z0-9_-]+$/.test(token) || token.length <= MAC_LENGTH) return null;
    const payload = token.slice(0, -MAC_LENGTH);
    const mac = token.slice(-MAC_LENGTH);
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p?: string; s?: string; e?: number };
      if (data.p !== (purpose === 'confirm' ? 'c' : 'u') || typeof data.s !== 'string') return null;
      if (purpose === 'confirm' && !(typeof data.e === 'number' && data.e > now.getTime())) return null;
      return data.s;
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

/** An address as the platform compares it: trimmed, in lower case (RFC 5321 allows case in the local part; no provider uses it). */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
