import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Contributions, demoUuid, readDemoFacts } from '@pfp/contributions';
import { EVENT_STORE } from '@pfp/event-sourcing';
import { ConcurrencyError, NO_STREAM, type EventStore } from '@pfp/event-store';
import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import type { PracticeContent, PracticeEvent } from '../domain/practice';

interface FactsPractice {
  id: string;
  owner: string;
  title: string;
  title_ar?: string;
  summary: string;
  partners: string[];
  countries: string[];
  start?: string;
  end?: string;
  themes: string[];
  results?: Array<{ indicator: string; value: number; qualifier?: string }>;
}

interface Facts {
  organizations: Array<{ id: string; kind: string; country?: string }>;
  practices: FactsPractice[];
}

export const readFacts = (): Facts => readDemoFacts<Facts>();

/** `practice-<uuid v5 of the facts id>`: the same stream on every boot and every machine. */
export function demoPracticeId(factsId: string): string {
  return `practice-${demoUuid('pfp-demo-practice:', factsId)}`;
}

// The 2011 report gives no dates for these events: the end of the reporting year stands in.
const DEMO_AT = '2011-12-01T00:00:00.000Z';

function content(p: FactsPractice): PracticeContent {
  const results = (p.results ?? []).map((r) => ({ indicator: r.indicator, value: `${r.qualifier ? `${r.qualifier} ` : ''}${r.value}` }));
  return {
    title: p.title,
    summary: p.summary,
    body: [p.summary, ...(results.length ? ['', '## Results', '', ...results.map((r) => `- ${r.indicator}: ${r.value}`)] : [])].join('\n'),
    language: 'en',
    countries: p.countries,
    themes: p.themes,
    implementingPartners: p.partners.map(demoOrganizationId),
    period: p.start ? { start: p.start, end: p.end ?? null } : null,
    implementationStatus: p.end ? 'COMPLETED' : null,
    results,
    resources: [],
    contact: null,
  };
}

/**
 * The practices of the 2011 report, published and owned by their organisations. Idempotent:
 * fixed stream ids, appends that expect the exact revision, a ConcurrencyError means "done".
 */
export async function seedDemoPractices(store: EventStore, facts = readFacts()): Promise<number> {
  let seeded = 0;
  const supportUnit = { accountId: demoAccountId('gfmd-support-unit'), organizationId: demoOrganizationId('gfmd-support-unit') };
  for (const p of facts.practices) {
    const id = demoPracticeId(p.id);
    const owner = facts.organizations.find((o) => o.id === p.owner);
    const drafted: PracticeEvent[] = [
      {
        type: 'PracticeDrafted',
        data: { practiceId: id, ownerOrganizationId: demoOrganizationId(p.owner), ownerCountry: owner?.country ?? null, content: content(p), at: DEMO_AT },
      },
      { type: 'PracticeSubmitted', data: { at: DEMO_AT } },
    ];
    try {
      await store.appendToStream(id, drafted, {
        expectedRevision: NO_STREAM,
        context: { actor: { accountId: demoAccountId(p.owner), organizationId: demoOrganizationId(p.owner) }, occurredAt: DEMO_AT },
      });
      seeded++;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
    try {
      const published: PracticeEvent = { type: 'PracticePublished', data: { at: DEMO_AT } };
      await store.appendToStream(id, [published], { expectedRevision: 1, context: { actor: supportUnit, occurredAt: DEMO_AT } });
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }
  return seeded;
}

/** The practices' step of the demo seed, after identity's organisations and accounts. */
@Injectable()
export class DemoPracticesSeeder implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.contributions.demoSeed({
      name: 'practices',
      order: 30,
      run: async () => {
        const seeded = await seedDemoPractices(this.store);
        return seeded > 0 ? `${seeded} practices published` : null;
      },
    });
  }
}
