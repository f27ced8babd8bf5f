import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { AcceptResponseInput } from './accept-response.input';

/** A poster accepts a response: its organisation becomes a partner of the project launched from the call. */
@Resolver()
export class AcceptResponseResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CallForActionPayload)
  acceptResponse(@Args('input') input: AcceptResponseInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    return sendCallCommand(
      this.commandBus,
      input.callId,
      { type: 'AcceptResponse', data: { organizationId: input.organizationId } },
      actor,
      input.expectedRevision,
    );
  }
}
