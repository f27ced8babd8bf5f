import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '@pfp/event-sourcing';
import type { EventStore, RecordedEvent } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { evolve, initialPractice, type Practice, type PracticeEvent } from '../domain/practice';

export interface StoredPractice {
  state: Practice;
  revision: number;
}

/** Reads practices: the current state from the details read model, a past one by folding the stream. */
@Injectable()
export class PracticeReader {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async current(id: string): Promise<StoredPractice | null> {
    const rows: StoredPractice[] = await this.dataSource.query(`SELECT state, revision FROM practice_details WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The practice as it stood at `asOf`: every event that had occurred by then, folded. */
  async asOf(id: string, asOf: Date): Promise<StoredPractice | null> {
    const events = (await this.store.readStream(id)).filter((e) => Date.parse(e.metadata.occurredAt) <= asOf.getTime());
    if (events.length === 0) return null;
    const state = events.reduce<Practice>((s, e) => evolve(s, { type: e.type, data: e.data } as PracticeEvent), initialPractice());
    return { state, revision: events[events.length - 1].revision };
  }

  events(id: string): Promise<RecordedEvent[]> {
    return this.store.readStream(id);
  }
}
