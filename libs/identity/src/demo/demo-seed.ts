import { Injectable, OnModuleInit } from '@nestjs/common';
import { Contributions, readDemoFacts } from '@pfp/contributions';
import { DataSource } from 'typeorm';
import type { OrganizationKind } from '@pfp/kernel';
import { hashPassword } from '../accounts/passwords';
import { audit, PLATFORM } from '../audit/audit';
import { demoAccountUuid, demoOrganizationUuid } from '../global-ids';

/** Shared by every demo account; printed in libs/identity/README.md. Never used in production. */
export const DEMO_PASSWORD = 'partnerships-2011';

export const demoAccountEmail = (factsId: string): string => `${factsId}@demo.pfp.example`;

export interface DemoOrganization {
  id: string;
  kind: OrganizationKind;
  name: string;
  country?: string;
}

export function readDemoOrganizations(): DemoOrganization[] {
  return readDemoFacts<{ organizations: DemoOrganization[] }>().organizations;
}

/**
 * Seeds the organisations of the 2011 report and one ADMIN account per organisation.
 * Idempotent (fixed ids, ON CONFLICT DO NOTHING), so every boot may run it; only what it
 * really inserts is audited.
 */
export async function seedDemo(dataSource: DataSource, organizations = readDemoOrganizations()): Promise<{ organizations: number; accounts: number }> {
  // One hash for all: the password is shared anyway, and 26 argon2 hashes would slow every boot.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    let orgs = 0;
    let accounts = 0;
    const now = new Date();
    for (const org of organizations) {
      const id = demoOrganizationUuid(org.id);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO organizations (id, kind, name, country, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [id, org.kind, org.name, org.kind === 'STATE' ? org.country : null, now],
      );
      if (inserted.length > 0) {
        orgs++;
        await audit(
          manager,
          PLATFORM,
          'OrganizationCreated',
          { organizationId: id, kind: org.kind, name: org.name, country: org.country ?? null, demo: org.id },
          now,
        );
      }
      const email = demoAccountEmail(org.id);
      const account: Array<{ id: string }> = await manager.query(
        `INSERT INTO accounts (id, email, display_name, organization_id, role, password_hash, activated_at, created_at)
         VALUES ($6, $1, $2, $3, 'ADMIN', $4, $5, $5)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [email, `${org.name} (demo)`, id, passwordHash, now, demoAccountUuid(org.id)],
      );
      if (account.length > 0) {
        accounts++;
        await audit(manager, PLATFORM, 'DemoAccountCreated', { accountId: account[0].id, organizationId: id, email, role: 'ADMIN' }, now);
      }
    }
    return { organizations: orgs, accounts };
  });
}

/** Identity's step of the demo seed, the first: the other steps' events name these organisations and accounts. */
@Injectable()
export class DemoSeeder implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.contributions.demoSeed({
      name: 'identity',
      order: 0,
      run: async () => {
        const seeded = await seedDemo(this.dataSource);
        return seeded.organizations + seeded.accounts > 0
          ? `${seeded.organizations} organisations and ${seeded.accounts} accounts (password "${DEMO_PASSWORD}")`
          : null;
      },
    });
  }
}
