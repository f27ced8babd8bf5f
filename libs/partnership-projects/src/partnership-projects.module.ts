import { Module, OnModuleInit } from '@nestjs/common';
import { CallsForActionModule } from '@pfp/calls-for-action';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { AtomController } from './atom/atom.controller';
import { CloseProjectResolver } from './close-project/close-project.resolver';
import { DemoCallsAndProjectsSeeder } from './demo/demo-seed';
import { LaunchProjectResolver } from './launch-project/launch-project.resolver';
import { ManagePartnersResolver } from './manage-partners/manage-partners.resolver';
import { PartnershipProjects1764600001000 } from './migrations/1764600001000-partnership-projects';
import { MilestonesResolver } from './milestones/milestones.resolver';
import { PlatformStatsResolver } from './platform-stats/platform-stats.resolver';
import { PostProjectUpdateResolver } from './post-project-update/post-project-update.resolver';
import { ProjectCommands } from './project-commands';
import { projectDetailsProjection } from './project-details/project-details.projection';
import { ProjectPartnerResolver, ProjectsResolver } from './project-details/projects.resolver';

export const PARTNERSHIP_PROJECTS_MIGRATIONS = [PartnershipProjects1764600001000];

@Module({
  imports: [IdentityModule, CallsForActionModule],
  controllers: [AtomController],
  providers: [
    ProjectCommands,
    ProjectsResolver,
    ProjectPartnerResolver,
    LaunchProjectResolver,
    ManagePartnersResolver,
    MilestonesResolver,
    PostProjectUpdateResolver,
    CloseProjectResolver,
    PlatformStatsResolver,
    DemoCallsAndProjectsSeeder,
  ],
  exports: [ProjectCommands],
})
export class PartnershipProjectsModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(projectDetailsProjection);
  }
}
