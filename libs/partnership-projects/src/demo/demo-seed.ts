import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { CallForActionEvent, CallKind } from '@pfp/calls-for-action';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { EVENT_STORE } from '@pfp/event-sourcing';
import { ConcurrencyError, NO_STREAM, type EventStore } from '@pfp/event-store';
import { demoAccountId, demoOrganizationId } from '@pfp/identity';
import type { PartnershipProjectEvent, ProjectRole } from '../domain/partnership-project';

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
  title: string;
  lead: string;
  partners: Array<{ org: string; role: ProjectRole }>;
  summary: string;
  updates: Array<{ text: string; metric?: { indicator: string; value: number } }>;
}

// Fixed forever: the demo streams keep their ids across machines and boots.
const NAMESPACE = Buffer.from('2b9c3c1e7f4d4e0a8d6b5a4c3e2f1a0b', 'hex');

export function demoUuid(name: string): string {
  const bytes = Buffer.from(createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const demoCallId = (factsId: string): string => `callForAction-${demoUuid(factsId)}`;
export const demoProjectId = (factsId: string): string => `project-${demoUuid(factsId)}`;

function readFacts(): { calls_for_action: FactsCall[]; partnership_projects: FactsProject[] } {
  let dir = __dirname;
  for (;;) {
    const file = join(dir, 'demo', 'gfmd-2011-facts.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
    const parent = dirname(dir);
    if (parent === dir) throw new Error('demo/gfmd-2011-facts.json not found above ' + __dirname);
    dir = parent;
  }
}

const day = (n: number): string => new Date(Date.UTC(2011, 2, 1) + n * 86_400_000).toISOString();

/** The stories of the 2011 report as events: each call with its responses and conversion, each project with its updates. */
export function demoStreams(): Array<{ stream: string; actor: string; events: Array<CallForActionEvent | PartnershipProjectEvent> }> {
  const facts = readFacts();
  const org = demoOrganizationId;
  const projectsByFactsId = new Map(facts.partnership_projects.map((p) => [p.id, p]));
  const streams: ReturnType<typeof demoStreams> = [];
  facts.calls_for_action.forEach((c, i) => {
    const [postedBy, ...coPosters] = c.posted_by;
    const project = c.led_to_project ? projectsByFactsId.get(c.led_to_project) : undefined;
    const responders = project ? [project.lead, ...project.partners.map((p) => p.org)].filter((o) => !c.posted_by.includes(o)) : [];
    const events: CallForActionEvent[] = [
      {
        type: 'CallForActionPosted',
        data: { callId: demoCallId(c.id), title: c.title, description: c.detail, kind: c.kind, themes: [], countries: [], deadline: null, practiceId: null, postedBy: org(postedBy), coPosters: coPosters.map(org), postedAt: day(i) },
      },
      ...coPosters.map((o): CallForActionEvent => ({ type: 'CoPostingConfirmed', data: { organizationId: org(o), confirmedAt: day(i + 1) } })),
      ...responders.map((o): CallForActionEvent => ({ type: 'CallForActionResponded', data: { organizationId: org(o), offerKind: c.kind, message: `${o.toUpperCase()} takes part.`, respondedAt: day(i + 10) } })),
      ...responders.map((o): CallForActionEvent => ({ type: 'ResponseAccepted', data: { organizationId: org(o), acceptedAt: day(i + 20) } })),
      ...(project ? [{ type: 'CallForActionConverted', data: { projectId: demoProjectId(project.id), convertedAt: day(i + 30) } } as CallForActionEvent] : []),
    ];
    streams.push({ stream: demoCallId(c.id), actor: postedBy, events });
  });
  const fromCall = new Map(facts.calls_for_action.filter((c) => c.led_to_project).map((c) => [c.led_to_project!, demoCallId(c.id)]));
  facts.partnership_projects.forEach((p, i) => {
    const events: PartnershipProjectEvent[] = [
      {
        type: 'PartnershipProjectLaunched',
        data: {
          id: demoProjectId(p.id), title: p.title, summary: p.summary, objectives: [], themes: [], countries: [], startsOn: '2011-04-01', endsOn: null,
          fromCallId: fromCall.get(p.id) ?? null, visibility: 'PUBLIC', leadOrganizationId: org(p.lead),
          partners: p.partners.map((x) => ({ organizationId: org(x.org), role: x.role })), launchedAt: day(40 + i),
        },
      },
      ...p.updates.map((u, j): PartnershipProjectEvent => ({
        type: 'ProjectUpdatePosted',
        data: { id: demoUuid(`${p.id}#${j}`), text: u.text, metrics: u.metric ? [u.metric] : [], videoUrl: null, organizationId: org(p.lead), postedAt: day(270 + i * 3 + j) },
      })),
    ];
    streams.push({ stream: demoProjectId(p.id), actor: p.lead, events });
  });
  return streams;
}

/** Idempotent: fixed stream ids appended with NO_STREAM, so a second boot (or a second process) appends nothing. */
export async function seedDemoStreams(store: EventStore): Promise<number> {
  let seeded = 0;
  for (const { stream, actor, events } of demoStreams()) {
    try {
      await store.appendToStream(stream, events.map((e) => ({ type: e.type, data: e.data })), {
        expectedRevision: NO_STREAM,
        context: { actor: { accountId: demoAccountId(actor), organizationId: demoOrganizationId(actor) }, occurredAt: (events[0].data as { postedAt?: string; launchedAt?: string }).postedAt ?? (events[0].data as { launchedAt: string }).launchedAt },
      });
      seeded++;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }
  return seeded;
}

@Injectable()
export class DemoCallsAndProjectsSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo || this.config.env === 'production') return;
    const seeded = await seedDemoStreams(this.store);
    if (seeded > 0) this.logger.log(`demo: ${seeded} call and project stream(s) of the 2011 report`);
  }
}
