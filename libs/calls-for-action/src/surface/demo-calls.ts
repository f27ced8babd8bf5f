import { appendDemoStreams, DEMO_NAMESPACE, demoUuid, readDemoFacts } from '@pfp/contributions';
import type { EventStore } from '@pfp/event-store';
import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import type { CallForActionEvent, CallKind } from '../domain/call-for-action';

interface FactsCall {
  id: string;
  posted_by: string[];
  kind: CallKind;
  title: string;
  detail: string;
  led_to_project?: string;
}
interface FactsProject {
  id: string;
  lead: string;
  partners: Array<{ org: string }>;
}

export const demoCallId = (factsId: string): string => `callForAction-${demoUuid(DEMO_NAMESPACE, factsId)}`;
// The id the projects' demo step gives the project a call led to (the same name-based uuid).
const demoProjectId = (factsId: string): string => `project-${demoUuid(DEMO_NAMESPACE, factsId)}`;

const day = (n: number): string => new Date(Date.UTC(2011, 2, 1) + n * 86_400_000).toISOString();

/** The calls of the 2011 report as events: each with its co-posters, the responses of the partners it found, its conversion. */
export function demoCallStreams(): Array<{ stream: string; actor: string; events: CallForActionEvent[] }> {
  const facts = readDemoFacts<{ calls_for_action: FactsCall[]; partnership_projects: FactsProject[] }>();
  const org = demoOrganizationId;
  const projectsByFactsId = new Map(facts.partnership_projects.map((p) => [p.id, p]));
  return facts.calls_for_action.map((c, i) => {
    const [postedBy, ...coPosters] = c.posted_by;
    const project = c.led_to_project ? projectsByFactsId.get(c.led_to_project) : undefined;
    const responders = project ? [project.lead, ...project.partners.map((p) => p.org)].filter((o) => !c.posted_by.includes(o)) : [];
    const events: CallForActionEvent[] = [
      {
        type: 'CallForActionPosted',
        data: {
          callId: demoCallId(c.id),
          title: c.title,
          description: c.detail,
          kind: c.kind,
          themes: [],
          countries: [],
          deadline: null,
          practiceId: null,
          postedBy: org(postedBy),
          coPosters: coPosters.map(org),
          postedAt: day(i),
        },
      },
      ...coPosters.map((o): CallForActionEvent => ({ type: 'CoPostingConfirmed', data: { organizationId: org(o), confirmedAt: day(i + 1) } })),
      ...responders.map((o): CallForActionEvent => ({
        type: 'CallForActionResponded',
        data: { organizationId: org(o), offerKind: c.kind, message: `${o.toUpperCase()} takes part.`, respondedAt: day(i + 10) },
      })),
      ...responders.map((o): CallForActionEvent => ({ type: 'ResponseAccepted', data: { organizationId: org(o), acceptedAt: day(i + 20) } })),
      ...(project ? [{ type: 'CallForActionConverted', data: { projectId: demoProjectId(project.id), convertedAt: day(i + 30) } } as CallForActionEvent] : []),
    ];
    return { stream: demoCallId(c.id), actor: postedBy, events };
  });
}

/** Idempotent: fixed stream ids, so a second boot (or a second process) appends nothing. */
export function seedDemoCalls(store: EventStore): Promise<number> {
  return appendDemoStreams(
    store,
    demoCallStreams().map(({ stream, actor, events }) => ({
      stream,
      events,
      actor: { accountId: demoAccountId(actor), organizationId: demoOrganizationId(actor) },
      occurredAt: (events[0].data as { postedAt: string }).postedAt,
    })),
  );
}
