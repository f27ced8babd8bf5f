import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { formatGlobalId } from '@pfp/graphql';
import type { Actor } from '@pfp/kernel';
import { AccountEntity } from '../accounts/account.entity';
import { ACCOUNT, ORGANIZATION } from '../global-ids';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { SessionProblem } from './session-errors';
import { SessionEntity } from './session.entity';

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export interface IssuedSession {
  sessionId: string;
  token: string;
  expiresAt: Date;
}

export type SessionCheck = { ok: true; actor: Actor; sessionId: string } | { ok: false; problem: SessionProblem };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function actorOf(account: AccountEntity, organization: OrganizationEntity): Actor {
  return {
    accountId: formatGlobalId(ACCOUNT, account.id),
    organizationId: formatGlobalId(ORGANIZATION, organization.id),
    organizationKind: organization.kind,
    role: account.role,
    ...(organization.country ? { country: organization.country } : {}),
  };
}

/**
 * Tokens are `<sessionId>.<HMAC-SHA256(sessionId)>` (base64url). The signature stops guessing
 * without a database round trip; the row makes expiry and sign-out take effect at once.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return SESSION_TTL_MS;
  }

  async issue(manager: EntityManager, accountId: string, now = new Date()): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await manager.insert(SessionEntity, { id: sessionId, accountId, createdAt: now, expiresAt, revokedAt: null });
    return { sessionId, token: `${sessionId}.${this.sign(sessionId)}`, expiresAt };
  }

  /** The actor of a valid token, or null for anything else. For graphql-ws connectionParams and the like. */
  async resolve(token: string | null | undefined): Promise<Actor | null> {
    if (!token) return null;
    const check = await this.check(token);
    return check.ok ? check.actor : null;
  }

  /** Like `resolve`, but says what is wrong, so clients get a clear UNAUTHENTICATED. */
  async check(token: string): Promise<SessionCheck> {
    const sessionId = this.verifySignature(token);
    if (typeof sessionId !== 'string') return { ok: false, problem: sessionId.problem };
    const row = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.account', AccountEntity, 'a', 'a.id = s.account_id')
      .innerJoinAndMapOne('s.organization', OrganizationEntity, 'o', 'o.id = a.organization_id')
      .where('s.id = :sessionId', { sessionId })
      .getOne();
    const session = row as (SessionEntity & { account: AccountEntity; organization: OrganizationEntity }) | null;
    if (!session) return { ok: false, problem: 'UNKNOWN' };
    if (session.revokedAt) return { ok: false, problem: 'REVOKED' };
    if (session.expiresAt.getTime() <= Date.now()) return { ok: false, problem: 'EXPIRED' };
    if (!session.account.activatedAt || session.organization.deactivatedAt) return { ok: false, problem: 'INACTIVE' };
    return { ok: true, actor: actorOf(session.account, session.organization), sessionId };
  }

  /** Revokes the session of a token with a good signature; true when a live session was revoked. */
  async revoke(manager: EntityManager, token: string, now = new Date()): Promise<string | null> {
    const sessionId = this.verifySignature(token);
    if (typeof sessionId !== 'string') return null;
    const result = await manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: now });
    return result.affected ? sessionId : null;
  }

  async revokeAll(manager: EntityManager, accountId: string, now = new Date()): Promise<number> {
    const result = await manager.update(SessionEntity, { accountId, revokedAt: IsNull() }, { revokedAt: now });
    return result.affected ?? 0;
  }

  private sign(sessionId: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(sessionId).digest('base64url');
  }

  private verifySignature(token: string): string | { problem: SessionProblem } {
    const dot = token.indexOf('.');
    const sessionId = dot > 0 ? token.slice(0, dot) : '';
    if (!UUID.test(sessionId) || token.length > 200) return { problem: 'MALFORMED' };
    const given = Buffer.from(token.slice(dot + 1), 'utf8');
    const expected = Buffer.from(this.sign(sessionId), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { problem: 'FORGED' };
    return sessionId;
  }
}
