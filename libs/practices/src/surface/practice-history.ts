import { Injectable, OnModuleInit } from '@nestjs/common';
import { Contributions, type HistorySource } from '@pfp/contributions';
import { parseGlobalId } from '@pfp/graphql';
import { canSeeWorkingCopy } from '../domain/policies';
import { PRACTICE_CATEGORY } from '../domain/practice';
import { PracticeReader } from '../shared/practice-reader';

/** A practice's history: public once published; before that (or archived), owner and Support Unit only. */
export function practiceHistory(reader: PracticeReader): HistorySource {
  return {
    category: PRACTICE_CATEGORY,
    async entries(id, actor) {
      parseGlobalId(id, PRACTICE_CATEGORY);
      const current = await reader.current(id);
      if (!current) return [];
      const { details } = current;
      const privileged = canSeeWorkingCopy(actor, details);
      if (!privileged && (details.published === null || details.status === 'ARCHIVED')) return [];
      const events = await reader.events(id);
      return events.map((e) => ({
        revision: e.revision,
        type: e.type,
        occurredAt: new Date(e.metadata.occurredAt),
        actor: e.metadata.actor,
        // Review feedback stays between the owner and the Support Unit.
        reason: privileged && e.type === 'PracticeChangesRequested' ? ((e.data as { reason?: string }).reason ?? null) : null,
        changes: [],
      }));
    },
  };
}

/** Registers the practices' history (provided by PracticesModule, where the reader is). */
@Injectable()
export class PracticeHistoryContribution implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly reader: PracticeReader,
  ) {}

  onModuleInit(): void {
    this.contributions.history(practiceHistory(this.reader));
  }
}
