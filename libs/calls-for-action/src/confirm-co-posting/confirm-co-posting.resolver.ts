import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { followAsPoster } from '../shared/poster-follows';
import { ConfirmCoPostingInput } from './confirm-co-posting.input';

@Resolver()
export class ConfirmCoPostingResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CallForActionPayload)
  async confirmCoPosting(@Args('input') input: ConfirmCoPostingInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    const confirmed = await sendCallCommand(this.commandBus, input.callId, { type: 'ConfirmCoPosting', data: {} }, actor, input.expectedRevision);
    await followAsPoster(this.commandBus, actor, input.callId);
    return confirmed;
  }
}
