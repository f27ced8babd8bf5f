import type { EntityManager } from 'typeorm';
import type { Actor } from '@pfp/kernel';
import { uuidOf, ACCOUNT, ORGANIZATION } from '../global-ids';

/** Who made a change: a signed-in actor, an account acting on its own behalf by token, or the platform (null). */
export interface AuditActor {
  accountId: string | null;
  organizationId: string | null;
}

export function auditActorOf(actor: Actor): AuditActor {
  return { accountId: uuidOf(actor.accountId, ACCOUNT), organizationId: uuidOf(actor.organizationId, ORGANIZATION) };
}

export const PLATFORM: AuditActor = { accountId: null, organizationId: null };

/** Writes one audit row with the caller's manager, so it commits or rolls back with the change it describes. */
export async function audit(manager: EntityManager, who: AuditActor, action: string, data: Record<string, unknown>, at: Date = new Date()): Promise<void> {
  await manager.query(`INSERT INTO identity_audit (at, actor_account_id, actor_organization_id, action, data) VALUES ($1, $2, $3, $4, $5)`, [
    at,
    who.accountId,
    who.organizationId,
    action,
    JSON.stringify(data),
  ]);
}
