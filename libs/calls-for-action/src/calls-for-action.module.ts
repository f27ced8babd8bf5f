import { Module, OnModuleInit } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { ProjectReferences } from '@pfp/partnership-projects';
import { PracticeDirectory } from '@pfp/practices';
import { AcceptResponseResolver } from './accept-response/accept-response.resolver';
import { callDetailsProjection } from './call-details/call-details.projection';
import { CallPosterResolver, CallResponseResolver, CallsResolver } from './call-details/calls.resolver';
import { DeadlineCloser } from './close-at-deadline/deadline-closer';
import { CloseCallForActionResolver } from './close-call-for-action/close-call-for-action.resolver';
import { CallConversionCompletion } from './complete-call-conversion/complete-call-conversion';
import { ConfirmCoPostingResolver } from './confirm-co-posting/confirm-co-posting.resolver';
import { DeclineResponseResolver } from './decline-response/decline-response.resolver';
import { EditCallForActionResolver } from './edit-call-for-action/edit-call-for-action.resolver';
import { EditResponseResolver } from './edit-response/edit-response.resolver';
import { LaunchPartnershipProjectResolver } from './launch-partnership-project/launch-partnership-project.resolver';
import { LaunchProjectFromCallHandler } from './launch-partnership-project/launch-project-from-call';
import { CallsForAction1764600000000 } from './migrations/1764600000000-calls-for-action';
import { CallDetailsDocuments1764620000000 } from './migrations/1764620000000-call-details-documents';
import { CallReferences } from './post-call-for-action/call-references';
import { PostCallForActionResolver } from './post-call-for-action/post-call-for-action.resolver';
import { RespondToCallResolver } from './respond-to-call/respond-to-call.resolver';
import { CallForActionCommands } from './shared/call-commands';
import { CallsForActionSurface } from './surface/calls.surface';
import { WithdrawResponseResolver } from './withdraw-response/withdraw-response.resolver';

export const CALLS_FOR_ACTION_MIGRATIONS = [CallsForAction1764600000000, CallDetailsDocuments1764620000000];

/**
 * Calls for action, and their conversion into projects: `launchPartnershipProject` is served
 * here (directly, or from a call over both streams), the project's own rules are the project
 * aggregate's (@pfp/partnership-projects, whose command handler its module registers).
 */
@Module({
  imports: [IdentityModule, CallsForActionSurface],
  providers: [
    CallForActionCommands.Handler,
    LaunchProjectFromCallHandler,
    CallConversionCompletion,
    DeadlineCloser,
    PracticeDirectory,
    ProjectReferences,
    CallReferences,
    CallsResolver,
    CallPosterResolver,
    CallResponseResolver,
    PostCallForActionResolver,
    ConfirmCoPostingResolver,
    RespondToCallResolver,
    EditResponseResolver,
    WithdrawResponseResolver,
    AcceptResponseResolver,
    DeclineResponseResolver,
    EditCallForActionResolver,
    CloseCallForActionResolver,
    LaunchPartnershipProjectResolver,
  ],
  exports: [DeadlineCloser],
})
export class CallsForActionModule implements OnModuleInit {
  constructor(
    private readonly projections: Projections,
    private readonly completion: CallConversionCompletion,
  ) {}

  onModuleInit(): void {
    this.projections.register(callDetailsProjection);
    this.projections.register(this.completion);
  }
}
