// The bench's data: practices drafted, submitted and published through the practice
// aggregate's own decider, appended to the event store as the command pipeline would (one
// append per command, expected revision, command metadata), batched by appendToStreams.
import { randomUUID } from 'node:crypto';
import { appendContextOf, commandMetadata } from '@pfp/event-sourcing';
import { NO_STREAM, type EventStore, type StreamAppend } from '@pfp/event-store';
import { decideAuthorized, fold, type Actor } from '@pfp/kernel';
import { practiceAggregate, type Practice, type PracticeCommand, type PracticeContent, type PracticeEvent } from '@pfp/practices';
import { THEMES } from '@pfp/taxonomy';

const WORDS = (
  'unaccompanied children protection training officials consular remittances diaspora trafficking integration labour mobility ' +
  'recruitment skills recognition pensions return reintegration detention alternatives border identity documentation data statistics ' +
  'housing health education language women gender family reunification asylum refugees climate displacement rural urban youth ' +
  'employment entrepreneurship investment savings banking corridors inclusion media awareness information centres orientation seasonal ' +
  'agriculture domestic workers care nurses students scholarships circular temporary visas permits partnership dialogue regional cooperation'
).split(' ');
const COUNTRIES = 'MEX HND GTM PHL IDN VNM IND BGD NPL MAR TUN SEN NGA GHA KEN ETH MDA ROU POL DEU FRA ESP ITA SWE CHE TUR ECU COL BRA CAN'.split(' ');
const THEME_IDS = THEMES.map((t) => t.id);
const STATES = COUNTRIES.slice(0, 12).map((country, i): Actor => ({
  accountId: `account-${randomUUID()}`,
  organizationId: `organization-${randomUUID()}`,
  organizationKind: 'STATE',
  role: i % 2 ? 'ADMIN' : 'MEMBER',
  country,
}));
const SUPPORT_UNIT: Actor = {
  accountId: `account-${randomUUID()}`,
  organizationId: `organization-${randomUUID()}`,
  organizationKind: 'SUPPORT_UNIT',
  role: 'MEMBER',
};

let seed = 20111201;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

function content(): PracticeContent {
  return {
    title: `${words(5)}`.slice(0, 200),
    summary: words(40),
    body: words(220),
    language: 'en',
    countries: [pick(COUNTRIES), pick(COUNTRIES)].filter((c, i, all) => all.indexOf(c) === i),
    themes: [pick(THEME_IDS), pick(THEME_IDS), pick(THEME_IDS)].filter((t, i, all) => all.indexOf(t) === i),
    implementingPartners: [words(2)],
    period: { start: `20${10 + Math.floor(random() * 14)}`, end: null },
    implementationStatus: pick(['PLANNED', 'ONGOING', 'COMPLETED'] as const),
    results: [{ indicator: words(3), value: String(Math.floor(random() * 1000)) }],
    resources: [],
    contact: null,
  };
}

type Step = (id: string, owner: Actor) => { actor: Actor; command: PracticeCommand };
const STEPS: Step[] = [
  (id, owner) => ({ actor: owner, command: { type: 'DraftPractice', data: { practiceId: id, content: content() }, actor: owner, at: '' } }),
  (_id, owner) => ({ actor: owner, command: { type: 'SubmitPractice', data: {}, actor: owner, at: '' } }),
  () => ({ actor: SUPPORT_UNIT, command: { type: 'PublishPractice', data: {}, actor: SUPPORT_UNIT, at: '' } }),
];

/** The aggregate's events for one command on `state` (its policy, then its decider), and the state after them. */
function decide(state: Practice, command: PracticeCommand): { events: PracticeEvent[]; state: Practice } {
  const events = decideAuthorized(practiceAggregate, command, state);
  return { events, state: fold(practiceAggregate, events, state) };
}

/**
 * Writes `count` practices, `chunk` at a time: per chunk, one appendToStreams per command
 * (drafted, then submitted, then published), `parallel` chunks at once.
 */
export async function generatePractices(
  store: EventStore,
  count: number,
  options: { chunk?: number; parallel?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const chunk = options.chunk ?? 1000;
  const parallel = options.parallel ?? 3;
  let next = 0;
  let done = 0;
  let events = 0;
  const start = Date.parse('2011-12-01T10:00:00Z');
  const worker = async () => {
    for (;;) {
      const from = next;
      if (from >= count) return;
      next = Math.min(count, from + chunk);
      const practices = Array.from({ length: next - from }, (_, i) => ({
        id: randomUUID(),
        owner: STATES[(from + i) % STATES.length],
        state: practiceAggregate.initialState(),
      }));
      for (let s = 0; s < STEPS.length; s++) {
        const at = new Date(start + (from + s) * 1000);
        const appends: StreamAppend[] = practices.map((p) => {
          const { actor, command } = STEPS[s](p.id, p.owner);
          const decided = decide(p.state, { ...command, at: at.toISOString() });
          p.state = decided.state;
          events += decided.events.length;
          return {
            streamName: `practice-${p.id}`,
            events: decided.events.map((e) => ({ type: e.type, data: e.data })),
            options: { expectedRevision: s === 0 ? NO_STREAM : s - 1, context: appendContextOf(commandMetadata(actor, at)) },
          };
        });
        await store.appendToStreams(appends);
      }
      done += practices.length;
      options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return events;
}
