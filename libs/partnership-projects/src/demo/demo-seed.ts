import { appendDemoStreams, DEMO_NAMESPACE, demoUuid, readDemoFacts } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import type { PartnershipProjectEvent, ProjectRole } from '../domain/partnership-project';

interface FactsCall {
  id: string;
  led_to_project?: string;
}
interface FactsProject {
  id: string;
  title: string;
  lead: string;
  partners: Array<{ org: string; role: ProjectRole }>;
  summary: string;
  updates: Array<{ text: string; metric?: { indicator: string; value: number } }>;
}

/** The demo ids: name-based uuids of the facts ids, the same as the calls' demo step gives the calls. */
export const demoCallId = (factsId: string): string => `callForAction-${demoUuid(DEMO_NAMESPACE, factsId)}`;
export const demoProjectId = (factsId: string): string => `project-${demoUuid(DEMO_NAMESPACE, factsId)}`;

const day = (n: number): string => new Date(Date.UTC(2011, 2, 1) + n * 86_400_000).toISOString();

/** The projects of the 2011 report as events, each launched (from its call, when it had one) with its updates. */
export function demoStreams(): Array<{ stream: string; actor: string; events: PartnershipProjectEvent[] }> {
  const facts = readDemoFacts<{ calls_for_action: FactsCall[]; partnership_projects: FactsProject[] }>();
  const org = demoOrganizationId;
  const fromCall = new Map(facts.calls_for_action.filter((c) => c.led_to_project).map((c) => [c.led_to_project!, demoCallId(c.id)]));
  return facts.partnership_projects.map((p, i) => {
    const events: PartnershipProjectEvent[] = [
      {
        type: 'PartnershipProjectLaunched',
        data: {
          id: demoProjectId(p.id),
          title: p.title,
          summary: p.summary,
          objectives: [],
          themes: [],
          countries: [],
          startsOn: '2011-04-01',
          endsOn: null,
          fromCallId: fromCall.get(p.id) ?? null,
          visibility: 'PUBLIC',
          leadOrganizationId: org(p.lead),
          partners: p.partners.map((x) => ({ organizationId: org(x.org), role: x.role })),
          launchedAt: day(40 + i),
        },
      },
      ...p.updates.map((u, j): PartnershipProjectEvent => ({
        type: 'ProjectUpdatePosted',
        data: {
          id: demoUuid(DEMO_NAMESPACE, `${p.id}#${j}`),
          text: u.text,
          metrics: u.metric ? [u.metric] : [],
          videoUrl: null,
          organizationId: org(p.lead),
          postedAt: day(270 + i * 3 + j),
        },
      })),
    ];
    return { stream: demoProjectId(p.id), actor: p.lead, events };
  });
}

/** Idempotent: fixed stream ids, so a second boot (or a second process) appends nothing. */
export function seedDemoStreams(store: EventStore): Promise<number> {
  return appendDemoStreams(
    store,
    demoStreams().map(({ stream, actor, events }) => ({
      stream,
      events,
      actor: { accountId: demoAccountId(actor), organizationId: demoOrganizationId(actor) },
      occurredAt: (events[0].data as { launchedAt: string }).launchedAt,
    })),
  );
}
