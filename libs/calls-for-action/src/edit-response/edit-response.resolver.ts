import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { EditResponseInput } from './edit-response.input';

@Resolver()
export class EditResponseResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CallForActionPayload)
  editResponse(@Args('input') input: EditResponseInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    const data = { offerKind: input.offerKind, message: input.message };
    return sendCallCommand(this.commandBus, input.callId, { type: 'EditResponse', data }, actor, input.expectedRevision);
  }
}
