import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { DeclineResponseInput } from './decline-response.input';

/** A poster declines a response, saying why; the organisation may respond again while the call is open. */
@Resolver()
export class DeclineResponseResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CallForActionPayload)
  declineResponse(@Args('input') input: DeclineResponseInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    const data = { organizationId: input.organizationId, reason: input.reason };
    return sendCallCommand(this.commandBus, input.callId, { type: 'DeclineResponse', data }, actor, input.expectedRevision);
  }
}
