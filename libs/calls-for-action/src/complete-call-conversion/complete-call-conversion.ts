import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, commandMetadata, EVENT_STORE, foldRecorded, runTogether, type Clock, type Projection, type StreamStep } from '@pfp/event-sourcing';
import type { EventStore, RecordedEvent } from '@pfp/event-store';
import { DomainError } from '@pfp/kernel';
import { PROJECT_STREAM_PREFIX } from '@pfp/partnership-projects';
import { callForActionAggregate } from '../domain/decide';

export const CALL_CONVERSION_COMPLETION = 'call-conversion-completion';

/** The call a project was launched from, when it was: what its conversion needs. */
function launchedFromCall(e: RecordedEvent): { callId: string; projectId: string } | null {
  if (e.type !== 'PartnershipProjectLaunched' || !e.streamName.startsWith(PROJECT_STREAM_PREFIX)) return null;
  const fromCallId = (e.data as { fromCallId?: string | null }).fromCallId;
  return fromCallId ? { callId: fromCallId, projectId: e.streamName } : null;
}

/**
 * Completes the conversion of every call a project in `events` was launched from, as the
 * platform (actor null): CompleteCallConversion is a no-op on a call already converted to that
 * project (the usual case: the launch wrote both streams), so replays and races change
 * nothing. The call's event id is derived from the launch's command id, as the launch itself
 * would have derived it, so a launch still writing its second stream finds it stored.
 * Returns the refusals (a call converted to another project), which are logged, not retried.
 */
export async function completeCallConversions(store: EventStore, events: readonly RecordedEvent[], now: Date): Promise<DomainError[]> {
  const refused: DomainError[] = [];
  for (const e of events) {
    const launch = launchedFromCall(e);
    if (!launch) continue;
    // The usual case (the launch wrote both streams) costs one read, no append.
    const call = foldRecorded(callForActionAggregate, await store.readStream(launch.callId));
    if (call.status === 'CONVERTED' && call.call.projectId === launch.projectId) continue;
    const step: StreamStep = { aggregate: callForActionAggregate as unknown as StreamStep['aggregate'], streamName: launch.callId };
    const metadata = commandMetadata(null, now, { commandId: e.metadata.commandId, correlationId: e.metadata.correlationId, causationId: e.metadata.eventId });
    try {
      await runTogether(store, [step], () => [{ type: 'CompleteCallConversion', data: { projectId: launch.projectId } }], metadata);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refused.push(error);
    }
  }
  return refused;
}

/**
 * The process that makes a launch from a call complete after a crash between its two writes
 * (KurrentDB, where they are not atomic): it follows the log for launches from a call and
 * sends each call's conversion if it is not recorded yet. It writes no table (nothing to rebuild).
 */
@Injectable()
export class CallConversionCompletion implements Projection {
  readonly name = CALL_CONVERSION_COMPLETION;
  readonly types = ['PartnershipProjectLaunched'];
  private readonly logger = new Logger('CallConversionCompletion');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle(events: RecordedEvent[]): Promise<void> {
    for (const refusal of await completeCallConversions(this.store, events, this.clock.now()))
      this.logger.warn(`conversion not completed: ${refusal.code} ${refusal.message}`);
  }
}
