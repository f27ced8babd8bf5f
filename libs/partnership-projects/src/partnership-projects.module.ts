import { ProjectTargetMutationsResolver, ProjectTargetsResolver } from './project-targets/project-targets.resolver';
import { Module, OnModuleInit } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { AddMilestoneResolver } from './add-milestone/add-milestone.resolver';
import { AddProjectPartnerResolver } from './add-project-partner/add-project-partner.resolver';
import { CancelProjectResolver } from './cancel-project/cancel-project.resolver';
import { ChangeProjectPartnerRoleResolver } from './change-project-partner-role/change-project-partner-role.resolver';
import { EditPartnershipProjectResolver } from './edit-partnership-project/edit-partnership-project.resolver';
import { RemoveProjectPartnerResolver } from './remove-project-partner/remove-project-partner.resolver';
import { CompleteProjectResolver } from './complete-project/complete-project.resolver';
import { LeaveProjectResolver } from './leave-project/leave-project.resolver';
import { PartnershipProjects1764600001000 } from './migrations/1764600001000-partnership-projects';
import { ProjectDetailsDocuments1764620001000 } from './migrations/1764620001000-project-details-documents';
import { PostProjectUpdateResolver } from './post-project-update/post-project-update.resolver';
import { projectDetailsProjection } from './project-details/project-details.projection';
import { ProjectPartnerResolver, ProjectsResolver } from './project-details/projects.resolver';
import { ReachMilestoneResolver } from './reach-milestone/reach-milestone.resolver';
import { QuietProjectReminders } from './remind-quiet-projects/quiet-project-reminders';
import { PartnershipProjectCommands } from './shared/project-commands';
import { ProjectReferences } from './shared/project-references';
import { PartnershipProjectsSurface } from './surface/projects.surface';

export const PARTNERSHIP_PROJECTS_MIGRATIONS = [PartnershipProjects1764600001000, ProjectDetailsDocuments1764620001000];

/**
 * Partnership projects. Launching one (`launchPartnershipProject`, directly or from a call) is
 * served by calls-for-action, which owns the conversion of a call and sends the project's
 * launch through this module's command handler.
 */
@Module({
  imports: [IdentityModule, PartnershipProjectsSurface],
  providers: [
    PartnershipProjectCommands.Handler,
    ProjectTargetsResolver,
    ProjectTargetMutationsResolver,
    ProjectReferences,
    ProjectsResolver,
    ProjectPartnerResolver,
    AddProjectPartnerResolver,
    LeaveProjectResolver,
    AddMilestoneResolver,
    ReachMilestoneResolver,
    PostProjectUpdateResolver,
    CompleteProjectResolver,
    CancelProjectResolver,
    RemoveProjectPartnerResolver,
    ChangeProjectPartnerRoleResolver,
    EditPartnershipProjectResolver,
    QuietProjectReminders,
  ],
  exports: [QuietProjectReminders],
})
export class PartnershipProjectsModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(projectDetailsProjection);
  }
}
