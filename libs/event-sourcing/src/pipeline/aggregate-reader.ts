import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, RecordedEvent } from '@pfp/event-store';
import type { Aggregate, AnyCommand, DomainEvent } from '@pfp/kernel';
import { EVENT_STORE } from '../nest/tokens';
import { foldRecorded } from './run-command';

export interface LoadedAggregate<State> {
  state: State;
  /** -1 when the stream does not exist. */
  revision: number;
  events: RecordedEvent[];
}

/** An aggregate's state straight from its stream (no read-model lag), now or as it stood at a time. */
@Injectable()
export class AggregateReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<State, C extends AnyCommand, E extends DomainEvent>(
    aggregate: Aggregate<State, C, E>,
    streamName: string,
    options: { asOf?: Date } = {},
  ): Promise<LoadedAggregate<State>> {
    let events = await this.store.readStream(streamName);
    if (options.asOf) {
      const until = options.asOf.getTime();
      events = events.filter((e) => Date.parse(e.metadata.occurredAt) <= until);
    }
    return { state: foldRecorded(aggregate, events), revision: events.length - 1, events };
  }
}
