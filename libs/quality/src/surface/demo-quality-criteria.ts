import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Contributions } from '@pfp/contributions';
import { EVENT_STORE } from '@pfp/event-sourcing';
import { ConcurrencyError, NO_STREAM, type EventStore } from '@pfp/event-store';
import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import { QUALITY_CRITERIA_ID, type QualityCriteriaEvent } from '../domain/quality-criteria';
import { DEMO_CRITERIA } from './criteria-texts';

const DEMO_AT = '2011-12-01T00:00:00.000Z';

/** The seven criteria, added by the Support Unit in one append; idempotent (a ConcurrencyError means "done"). */
export async function seedDemoQualityCriteria(store: EventStore): Promise<number> {
  const events: QualityCriteriaEvent[] = DEMO_CRITERIA.map((c) => ({ type: 'QualityCriterionAdded', data: { key: c.key, texts: c.texts, at: DEMO_AT } }));
  const actor = { accountId: demoAccountId('gfmd-support-unit'), organizationId: demoOrganizationId('gfmd-support-unit') };
  try {
    await store.appendToStream(QUALITY_CRITERIA_ID, events, { expectedRevision: NO_STREAM, context: { actor, occurredAt: DEMO_AT } });
    return events.length;
  } catch (error) {
    if (error instanceof ConcurrencyError) return 0;
    throw error;
  }
}

/** The criteria's step of the demo seed: before the practices, which answer them. */
@Injectable()
export class DemoQualityCriteriaSeeder implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.contributions.demoSeed({
      name: 'quality-criteria',
      order: 25,
      run: async () => {
        const seeded = await seedDemoQualityCriteria(this.store);
        return seeded > 0 ? `${seeded} quality criteria added` : null;
      },
    });
  }
}
