import { Module, OnModuleInit } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { IdentityModule } from '@pfp/identity';
import { CallCommands } from './call-commands';
import { callDetailsProjection } from './call-details/call-details.projection';
import { CallPosterResolver, CallResponseResolver, CallsResolver } from './call-details/calls.resolver';
import { DeadlineCloser } from './close-at-deadline/deadline-closer';
import { ManageCallResolver } from './manage-call/manage-call.resolver';
import { CallsForAction1764600000000 } from './migrations/1764600000000-calls-for-action';
import { PostCallForActionResolver } from './post-call-for-action/post-call-for-action.resolver';
import { RespondToCallResolver } from './respond-to-call/respond-to-call.resolver';

export const CALLS_FOR_ACTION_MIGRATIONS = [CallsForAction1764600000000];

@Module({
  imports: [IdentityModule],
  providers: [
    CallCommands,
    DeadlineCloser,
    CallsResolver,
    CallPosterResolver,
    CallResponseResolver,
    PostCallForActionResolver,
    RespondToCallResolver,
    ManageCallResolver,
  ],
  exports: [CallCommands, DeadlineCloser],
})
export class CallsForActionModule implements OnModuleInit {
  constructor(private readonly projections: Projections) {}

  onModuleInit(): void {
    this.projections.register(callDetailsProjection);
  }
}
