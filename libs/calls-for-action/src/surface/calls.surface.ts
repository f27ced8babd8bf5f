import { Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Contributions, ContributionsModule, Moderation } from '@pfp/contributions';
import { EVENT_STORE } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { CallsExportContribution } from '../export/calls-export';
import { CallFiguresResolver } from './call-figures.resolver';
import { callHistory, HistoryResolver } from './call-history';
import { CallLiveResolver } from './call-live.resolver';
import { CallNewsletterContribution } from './call-newsletter';
import { callLiveMapping, callSubject } from './call-subject';
import { callsAtomFeed } from './calls-atom-feed';
import { seedDemoCalls } from './demo-calls';

/** What calls for action contribute to the shared surfaces. */
@Injectable()
export class CallsContributions implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly moderation: Moderation,
  ) {}

  onModuleInit(): void {
    this.contributions.followable(callSubject(this.dataSource));
    this.contributions.liveUpdates(callLiveMapping(this.store));
    this.contributions.history(callHistory(this.store));
    this.contributions.atomFeed(callsAtomFeed(this.dataSource, this.moderation));
    this.contributions.demoSeed({
      name: 'calls-for-action',
      order: 10,
      run: async () => {
        const seeded = await seedDemoCalls(this.store);
        return seeded > 0 ? `${seeded} call stream(s) of the 2011 report` : null;
      },
    });
  }
}

/** Followable calls with their feed texts, their live updates and subscription, their history, their PlatformStats figures, their demo seed. */
@Module({
  imports: [ContributionsModule],
  // HistoryResolver: `history(id)` over every context's history source (made here, where the actor decorator is at hand).
  providers: [CallsContributions, CallLiveResolver, CallFiguresResolver, HistoryResolver, CallNewsletterContribution, CallsExportContribution],
})
export class CallsForActionSurface {}
