import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { WithdrawResponseInput } from './withdraw-response.input';

@Resolver()
export class WithdrawResponseResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CallForActionPayload)
  withdrawResponse(@Args('input') input: WithdrawResponseInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    return sendCallCommand(this.commandBus, input.callId, { type: 'WithdrawResponse', data: {} }, actor, input.expectedRevision);
  }
}
