import { createHash } from 'node:crypto';
import type { EventStore, ExpectedRevision, NewEvent } from '@pfp/event-store';
import { ConcurrencyError, NO_STREAM } from '@pfp/event-store';
import type { Aggregate, AnyCommand, DomainEvent } from '@pfp/kernel';
import { decideAuthorized, fold } from '@pfp/kernel';
import { appendContextOf, commandOf, foldRecorded, toNewEvents, type CommandMetadata, type CommandOutcome } from './run-command';

const MAX_ATTEMPTS = 10;

/** One stream taking part in a command that spans several. */
export interface StreamStep {
  aggregate: Aggregate<unknown, AnyCommand, DomainEvent>;
  streamName: string;
  /** The revision the client saw, when it gave one (CONFLICT when different). */
  expectedRevision?: number;
}

/**
 * A UUID derived from the command and the event's place, so that a command repeated after a
 * crash appends the same event ids and the store's idempotency drops what was already written.
 */
export function deterministicEventId(commandId: string, streamName: string, index: number): string {
  const h = createHash('sha256').update(`${commandId}\u0000${streamName}\u0000${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A command whose decision spans several streams (launching a project from a call): every
 * stream is loaded and folded, `build` turns their states into one command per stream, each
 * is authorised and decided by its own aggregate, and all events are appended in one atomic
 * multi-stream append, each stream at the revision read. Where the store cannot append
 * atomically (KurrentDB), the streams are written in the order given with event ids derived
 * from the command id: the caller orders them so that a crash between two writes leaves
 * nothing pointing at what is missing, and a process repeating the command completes it.
 */
export async function runTogether(
  store: EventStore,
  steps: readonly StreamStep[],
  build: (states: unknown[]) => Array<{ type: string; data: unknown }>,
  metadata: CommandMetadata,
): Promise<CommandOutcome<unknown, DomainEvent>[]> {
  for (let attempt = 1; ; attempt++) {
    const loaded = await Promise.all(steps.map((s) => store.readStream(s.streamName)));
    steps.forEach((s, i) => {
      const revision = loaded[i].length - 1;
      if (s.expectedRevision !== undefined && s.expectedRevision !== revision)
        throw new ConcurrencyError(s.streamName, s.expectedRevision, revision < 0 ? 'NO_STREAM' : revision);
    });
    const states = steps.map((s, i) => foldRecorded(s.aggregate, loaded[i]));
    const requests = build(states);
    const decided = steps.map((s, i) => decideAuthorized(s.aggregate, commandOf(requests[i] as never, metadata), states[i]));
    const appends = steps
      .map((s, i) => ({
        streamName: s.streamName,
        events: toNewEvents(s.aggregate as never, decided[i], (n) => deterministicEventId(metadata.commandId, s.streamName, n)) as NewEvent[],
        options: { expectedRevision: (loaded[i].length === 0 ? NO_STREAM : loaded[i].length - 1) as ExpectedRevision, context: appendContextOf(metadata) },
      }))
      .filter((a) => a.events.length > 0);
    try {
      const results = appends.length === 0 ? [] : store.supportsMultiStreamAppend ? await store.appendToStreams(appends) : await appendInOrder(store, appends);
      const byStream = new Map(appends.map((a, i) => [a.streamName, results[i]]));
      return steps.map((s, i) => {
        const result = byStream.get(s.streamName);
        return {
          state: fold(s.aggregate, decided[i], states[i]),
          events: decided[i],
          revision: result ? result.nextExpectedRevision : loaded[i].length - 1,
          position: result?.position,
        };
      });
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || steps.some((s) => s.expectedRevision !== undefined) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function appendInOrder(store: EventStore, appends: Parameters<EventStore['appendToStreams']>[0]) {
  const results = [];
  for (const a of appends) results.push(await store.appendToStream(a.streamName, a.events, a.options));
  return results;
}
