import { Inject, Injectable } from '@nestjs/common';
import { AggregateReader, EVENT_STORE } from '@pfp/event-sourcing';
import type { EventStore, RecordedEvent } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { practiceAggregate } from '../domain/practice-aggregate';
import { detailsOf, type PracticeDetails } from '../practice-details/practice-details.projection';

export interface StoredPractice {
  details: PracticeDetails;
  revision: number;
}

/** Reads practices: the current one from the details read model, a past one by folding its stream. */
@Injectable()
export class PracticeReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly aggregates: AggregateReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async current(id: string): Promise<StoredPractice | null> {
    const rows: Array<{ doc: PracticeDetails; revision: number }> = await this.dataSource.query(`SELECT doc, revision FROM practice_details WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? { details: rows[0].doc, revision: rows[0].revision } : null;
  }

  /** The practice as it stood at `asOf`: every event that had occurred by then, folded. */
  async asOf(id: string, asOf: Date): Promise<StoredPractice | null> {
    const { state, revision } = await this.aggregates.load(practiceAggregate, id, { asOf });
    return state.status === 'NONE' ? null : { details: detailsOf(state), revision };
  }

  events(id: string): Promise<RecordedEvent[]> {
    return this.store.readStream(id);
  }
}
