import { Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Contributions, ContributionsModule, Moderation } from '@pfp/contributions';
import { EVENT_STORE } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { PracticeFiguresResolver } from './practice-figures.resolver';
import { PracticeNewsletterContribution } from './practice-newsletter';
import { practiceLiveMapping, practiceSubject } from './practice-subject';
import { practicesAtomFeed } from './practices-atom-feed';

/** What practices contribute to the shared surfaces (the demo seed step registers from ../demo). */
@Injectable()
export class PracticesContributions implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly moderation: Moderation,
  ) {}

  onModuleInit(): void {
    this.contributions.followable(practiceSubject(this.dataSource));
    this.contributions.liveUpdates(practiceLiveMapping(this.store));
    this.contributions.atomFeed(practicesAtomFeed(this.dataSource, this.moderation));
  }
}

/** Followable practices, their feed texts and live news, their figures, their Atom feed. */
@Module({
  imports: [ContributionsModule],
  providers: [PracticesContributions, PracticeFiguresResolver, PracticeNewsletterContribution],
})
export class PracticesSurface {}
