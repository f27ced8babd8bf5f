import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { CloseCallForActionInput } from './close-call-for-action.input';

@Resolver()
export class CloseCallForActionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CallForActionPayload)
  closeCallForAction(@Args('input') input: CloseCallForActionInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    return sendCallCommand(this.commandBus, input.callId, { type: 'CloseCallForAction', data: {} }, actor, input.expectedRevision);
  }
}
