import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { CallCommands, callActor } from '../call-commands';
import { CallForActionPayload } from '../graphql-types';
import { AcceptResponseInput, CloseCallForActionInput, ConfirmCoPostingInput } from '../respond-to-call/respond-to-call.inputs';

/** What the posting states do with their call: confirm co-posting, accept responses, close. */
@Resolver()
export class ManageCallResolver {
  constructor(private readonly calls: CallCommands) {}

  @Mutation(() => CallForActionPayload)
  async confirmCoPosting(@Args('input') input: ConfirmCoPostingInput, @CurrentActor() current: Actor | null): Promise<CallForActionPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    return this.calls.execute(actor, input.callId, { type: 'ConfirmCoPosting', actor: callActor(actor), at: new Date().toISOString() }, input.expectedRevision);
  }

  @Mutation(() => CallForActionPayload)
  async acceptResponse(@Args('input') input: AcceptResponseInput, @CurrentActor() current: Actor | null): Promise<CallForActionPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const command = { type: 'AcceptResponse' as const, actor: callActor(actor), at: new Date().toISOString(), data: { organizationId: input.organizationId } };
    return this.calls.execute(actor, input.callId, command, input.expectedRevision);
  }

  @Mutation(() => CallForActionPayload)
  async closeCallForAction(@Args('input') input: CloseCallForActionInput, @CurrentActor() current: Actor | null): Promise<CallForActionPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    return this.calls.execute(actor, input.callId, { type: 'CloseCallForAction', actor: callActor(actor), at: new Date().toISOString() }, input.expectedRevision);
  }
}
