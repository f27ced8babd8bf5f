import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { CallCommands, callActor } from '../call-commands';
import { CallForActionPayload } from '../graphql-types';
import { EditResponseInput, RespondToCallForActionInput, WithdrawResponseInput } from './respond-to-call.inputs';

/** One active response per organisation: respond, edit it, withdraw it. */
@Resolver()
export class RespondToCallResolver {
  constructor(private readonly calls: CallCommands) {}

  @Mutation(() => CallForActionPayload)
  async respondToCallForAction(@Args('input') input: RespondToCallForActionInput, @CurrentActor() current: Actor | null): Promise<CallForActionPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const data = { offerKind: input.offerKind, message: input.message };
    return this.calls.execute(actor, input.callId, { type: 'RespondToCallForAction', actor: callActor(actor), at: new Date().toISOString(), data }, input.expectedRevision);
  }

  @Mutation(() => CallForActionPayload)
  async editResponse(@Args('input') input: EditResponseInput, @CurrentActor() current: Actor | null): Promise<CallForActionPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const data = { offerKind: input.offerKind, message: input.message };
    return this.calls.execute(actor, input.callId, { type: 'EditResponse', actor: callActor(actor), at: new Date().toISOString(), data }, input.expectedRevision);
  }

  @Mutation(() => CallForActionPayload)
  async withdrawResponse(@Args('input') input: WithdrawResponseInput, @CurrentActor() current: Actor | null): Promise<CallForActionPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    return this.calls.execute(actor, input.callId, { type: 'WithdrawResponse', actor: callActor(actor), at: new Date().toISOString() }, input.expectedRevision);
  }
}
