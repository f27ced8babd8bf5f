import { Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Contributions, ContributionsModule } from '@pfp/contributions';
import { EVENT_STORE } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { seedDemoPolicyTools } from './demo-policy-tools';
import { policyToolHistory, profileGuidanceHistory } from './policy-tool-history';
import { PolicyToolLiveResolver } from './policy-tool-live.resolver';
import { policyToolLiveMapping, policyToolSubject } from './policy-tool-subject';

/** What policy tools contribute to the shared surfaces. */
@Injectable()
export class PolicyToolsContributions implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.contributions.followable(policyToolSubject(this.dataSource));
    this.contributions.liveUpdates(policyToolLiveMapping(this.store));
    this.contributions.history(policyToolHistory(this.store));
    this.contributions.history(profileGuidanceHistory(this.store));
    this.contributions.demoSeed({
      name: 'policy-tools',
      order: 40,
      run: async () => {
        const seeded = await seedDemoPolicyTools(this.store);
        return seeded > 0 ? `${seeded} policy tool(s) of the 2011 report` : null;
      },
    });
  }
}

/** Followable tools with their feed texts, their live updates and subscription, their history, their demo seed. */
@Module({
  imports: [ContributionsModule],
  providers: [PolicyToolsContributions, PolicyToolLiveResolver],
})
export class PolicyToolsSurface {}
