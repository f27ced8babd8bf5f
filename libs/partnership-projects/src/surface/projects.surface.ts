import { Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Contributions, ContributionsModule } from '@pfp/contributions';
import { EVENT_STORE } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { seedDemoStreams } from '../demo/demo-seed';
import { ProjectsExportContribution } from '../export/projects-export';
import { projectAtomFeed } from './project-atom-feed';
import { ProjectFiguresResolver } from './project-figures.resolver';
import { projectHistory } from './project-history';
import { ProjectLiveResolver } from './project-live.resolver';
import { ProjectNewsletterContribution } from './project-newsletter';
import { projectLiveMapping, projectSubject } from './project-subject';

/** What partnership projects contribute to the shared surfaces. */
@Injectable()
export class ProjectsContributions implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  onModuleInit(): void {
    this.contributions.followable(projectSubject(this.dataSource));
    this.contributions.liveUpdates(projectLiveMapping(this.store));
    this.contributions.history(projectHistory(this.store));
    this.contributions.atomFeed(projectAtomFeed(this.dataSource));
    this.contributions.demoSeed({
      name: 'partnership-projects',
      order: 20,
      run: async () => {
        const seeded = await seedDemoStreams(this.store);
        return seeded > 0 ? `${seeded} project stream(s) of the 2011 report` : null;
      },
    });
  }
}

/** Followable projects with their feed texts, their live updates and subscription, their figures, their Atom feed, their demo seed. */
@Module({
  imports: [ContributionsModule],
  providers: [ProjectsContributions, ProjectLiveResolver, ProjectFiguresResolver, ProjectNewsletterContribution, ProjectsExportContribution],
})
export class PartnershipProjectsSurface {}
