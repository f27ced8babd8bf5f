import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { formatGlobalId } from '@pfp/graphql';
import type { Actor } from '@pfp/kernel';
import { AccountEntity } from '../accounts/account.entity';
import { ACCOUNT, ORGANIZATION } from '../global-ids';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { SessionProblem } from './session-errors';
import { SessionEntity, USER_AGENT_MAX } from './session.entity';

export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export interface IssuedSession {
  sessionId: string;
  token: string;
  expiresAt: Date;
}

export type SessionCheck =
  { ok: true; actor: Actor; sessionId: string; stored: { accountId: string; organizationId: string } } | { ok: false; problem: SessionProblem };

export type SessionEndReason = 'SIGNED_OUT' | 'PASSWORD_RESET' | 'ACCOUNT_DEACTIVATED' | 'ORGANIZATION_DEACTIVATED';

/** How stale `last_seen_at` may get before a request refreshes it: one write a minute per session at most. */
const LAST_SEEN_EVERY_MS = 60_000;

/**
 * News that sessions ended, for whoever holds connections of them (libs/live closes their
 * sockets, in every process). The ids are the stored uuids; any of the lists may be given.
 * Listeners check the sessions again before acting, so a wide notice never ends a live one.
 */
export interface EndedSessions {
  reason: SessionEndReason;
  sessionIds?: string[];
  accountIds?: string[];
  organizationIds?: string[];
}

export type EndedSessionsListener = (ended: EndedSessions) => void;

// Notices made inside a transaction wait for its commit (and die with a rollback).
const pendingByRunner = new WeakMap<QueryRunner, EndedSessions[]>();
const serviceByDataSource = new WeakMap<DataSource, SessionService>();

/**
 * Says, once `manager`'s transaction commits, that these sessions ended (or at once when
 * `manager` is in no transaction). For writes outside this service that end sessions, such
 * as an organisation's deactivation; `revoke`, `revokeAll`, `end` and `endAllFor` call it.
 */
export function endSessionsOnCommit(manager: EntityManager, ended: EndedSessions): void {
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) {
    pendingByRunner.set(runner, [...(pendingByRunner.get(runner) ?? []), ended]);
    return;
  }
  serviceByDataSource.get(manager.dataSource)?.announce(ended);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function actorOf(account: Pick<AccountEntity, 'id' | 'role'>, organization: Pick<OrganizationEntity, 'id' | 'kind' | 'country'>): Actor {
  return {
    accountId: formatGlobalId(ACCOUNT, account.id),
    organizationId: formatGlobalId(ORGANIZATION, organization.id),
    organizationKind: organization.kind,
    role: account.role,
    ...(organization.country ? { country: organization.country } : {}),
  };
}

type CheckedSession = Pick<SessionEntity, 'id' | 'revokedAt' | 'expiresAt' | 'lastSeenAt'> & {
  account: Pick<AccountEntity, 'id' | 'role' | 'activatedAt'>;
  organization: Pick<OrganizationEntity, 'id' | 'kind' | 'country' | 'deactivatedAt'>;
};

/**
 * What every request's session check needs, in one statement: a plain query, not the query
 * builder's joined entities (building and hydrating those cost more CPU than the rest of a
 * small mutation's authentication).
 */
const SESSION_CHECK = `SELECT s.revoked_at, s.expires_at, s.last_seen_at, a.id AS account_id, a.role, a.activated_at,
  o.id AS organization_id, o.kind, o.country, o.deactivated_at
  FROM sessions s JOIN accounts a ON a.id = s.account_id JOIN organizations o ON o.id = a.organization_id WHERE s.id = $1`;

interface SessionCheckRow {
  revoked_at: Date | null;
  expires_at: Date;
  last_seen_at: Date | null;
  account_id: string;
  role: AccountEntity['role'];
  activated_at: Date | null;
  organization_id: string;
  kind: OrganizationEntity['kind'];
  country: string | null;
  deactivated_at: Date | null;
}

function checkedSession(id: string, r: SessionCheckRow): CheckedSession {
  return {
    id,
    revokedAt: r.revoked_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
    account: { id: r.account_id, role: r.role, activatedAt: r.activated_at },
    organization: { id: r.organization_id, kind: r.kind, country: r.country, deactivatedAt: r.deactivated_at },
  };
}

function problemOf(session: CheckedSession, now: number): SessionProblem | null {
  if (session.revokedAt) return 'REVOKED';
  if (session.expiresAt.getTime() <= now) return 'EXPIRED';
  if (!session.account.activatedAt || session.organization.deactivatedAt) return 'INACTIVE';
  return null;
}

/**
 * Tokens are `<sessionId>.<HMAC-SHA256(sessionId)>` (base64url). The signature stops guessing
 * without a database round trip; the row makes expiry and sign-out take effect at once.
 */
@Injectable()
export class SessionService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Sessions');
  private readonly listeners = new Set<EndedSessionsListener>();
  private readonly subscriber: EntitySubscriberInterface = {
    afterTransactionCommit: ({ queryRunner }) => {
      if (queryRunner.isTransactionActive) return;
      const pending = pendingByRunner.get(queryRunner);
      pendingByRunner.delete(queryRunner);
      for (const ended of pending ?? []) this.announce(ended);
    },
    afterTransactionRollback: ({ queryRunner }) => {
      if (!queryRunner.isTransactionActive) pendingByRunner.delete(queryRunner);
    },
  };

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    serviceByDataSource.set(this.dataSource, this);
    this.dataSource.subscribers.push(this.subscriber);
  }

  onModuleDestroy(): void {
    const at = this.dataSource.subscribers.indexOf(this.subscriber);
    if (at >= 0) this.dataSource.subscribers.splice(at, 1);
  }

  /** Hears every notice of ended sessions of this app (after their commit); returns the way to stop. */
  onEnded(listener: EndedSessionsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the listeners now; callers inside a transaction use `endSessionsOnCommit` instead. */
  announce(ended: EndedSessions): void {
    for (const listener of this.listeners) {
      try {
        listener(ended);
      } catch (error) {
        this.logger.error(`a listener of ended sessions failed: ${(error as Error).message}`);
      }
    }
  }

  /** Ends one session (by its id): revoked, and its live connections closed everywhere. */
  async end(sessionId: string, reason: SessionEndReason = 'SIGNED_OUT'): Promise<boolean> {
    if (!UUID.test(sessionId)) return false;
    const result = await this.dataSource.manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.announce({ reason, sessionIds: [sessionId] });
    return Boolean(result.affected);
  }

  /**
   * Ends every session of an account (its stored uuid): revoked, and their live connections
   * closed everywhere. Announces even when none was left to revoke (a caller that revoked them
   * in its own transaction may call this after the commit).
   */
  async endAllFor(accountId: string, reason: SessionEndReason): Promise<number> {
    if (!UUID.test(accountId)) return 0;
    const result = await this.dataSource.manager.update(SessionEntity, { accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.announce({ reason, accountIds: [accountId] });
    return result.affected ?? 0;
  }

  /** What is wrong with each of these sessions now (null: still good), in one query; unknown ids are UNKNOWN. */
  async problemsOf(sessionIds: readonly string[]): Promise<Map<string, SessionProblem | null>> {
    const problems = new Map<string, SessionProblem | null>();
    const ids = [...new Set(sessionIds)].filter((id) => UUID.test(id));
    for (const id of sessionIds) problems.set(id, 'UNKNOWN');
    if (ids.length === 0) return problems;
    const rows = (await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.account', AccountEntity, 'a', 'a.id = s.account_id')
      .innerJoinAndMapOne('s.organization', OrganizationEntity, 'o', 'o.id = a.organization_id')
      .where('s.id IN (:...ids)', { ids })
      .getMany()) as Array<SessionEntity & { account: AccountEntity; organization: OrganizationEntity }>;
    const now = Date.now();
    for (const session of rows) problems.set(session.id, problemOf(session, now));
    return problems;
  }

  get ttlMs(): number {
    return SESSION_TTL_MS;
  }

  async issue(manager: EntityManager, accountId: string, now = new Date(), userAgent: string | null = null): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await manager.insert(SessionEntity, {
      id: sessionId,
      accountId,
      createdAt: now,
      expiresAt,
      revokedAt: null,
      userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
      lastSeenAt: now,
    });
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
    const [row] = (await this.dataSource.query(SESSION_CHECK, [sessionId])) as SessionCheckRow[];
    if (!row) return { ok: false, problem: 'UNKNOWN' };
    const session = checkedSession(sessionId, row);
    const problem = problemOf(session, Date.now());
    if (problem) return { ok: false, problem };
    await this.touch(session);
    return {
      ok: true,
      actor: actorOf(session.account, session.organization),
      sessionId,
      stored: { accountId: session.account.id, organizationId: session.organization.id },
    };
  }

  /** Revokes the session of a token with a good signature (its id when a live session was revoked); its live connections close after the commit. */
  async revoke(manager: EntityManager, token: string, now = new Date(), reason: SessionEndReason = 'SIGNED_OUT'): Promise<string | null> {
    const sessionId = this.verifySignature(token);
    if (typeof sessionId !== 'string') return null;
    const result = await manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: now });
    if (result.affected) endSessionsOnCommit(manager, { reason, sessionIds: [sessionId] });
    return result.affected ? sessionId : null;
  }

  /** Revokes every session of an account (stored uuid); their live connections close after the commit. */
  async revokeAll(manager: EntityManager, accountId: string, now = new Date(), reason: SessionEndReason = 'SIGNED_OUT'): Promise<number> {
    const result = await manager.update(SessionEntity, { accountId, revokedAt: IsNull() }, { revokedAt: now });
    endSessionsOnCommit(manager, { reason, accountIds: [accountId] });
    return result.affected ?? 0;
  }

  /** Keeps `last_seen_at` within a minute of the session's last use; a failure to write it never fails the request. */
  private async touch(session: Pick<SessionEntity, 'id' | 'lastSeenAt'>): Promise<void> {
    if (session.lastSeenAt && Date.now() - session.lastSeenAt.getTime() < LAST_SEEN_EVERY_MS) return;
    try {
      await this.dataSource.manager.update(SessionEntity, { id: session.id }, { lastSeenAt: new Date() });
    } catch (error) {
      this.logger.warn(`could not record when session ${session.id} was last seen: ${(error as Error).message}`);
    }
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
