import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { RespondToCallForActionInput } from './respond-to-call.input';

/** A state or partner organisation responds to a call: one active response each. */
@Resolver()
export class RespondToCallResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CallForActionPayload)
  respondToCallForAction(@Args('input') input: RespondToCallForActionInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    const data = { offerKind: input.offerKind, message: input.message };
    return sendCallCommand(this.commandBus, input.callId, { type: 'RespondToCallForAction', data }, actor, input.expectedRevision);
  }
}
