import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallReferences } from '../post-call-for-action/call-references';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { callContentOf } from '../shared/call-content.input';
import { EditCallForActionInput } from './edit-call-for-action.input';

/** A poster edits the call's title, description, kind, themes, countries or deadline (not once it has become a project). */
@Resolver()
export class EditCallForActionResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: CallReferences,
  ) {}

  @Mutation(() => CallForActionPayload)
  async editCallForAction(@Args('input') input: EditCallForActionInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    const content = callContentOf(input);
    await this.references.check(actor, { themes: content.themes, countries: content.countries, coPosterIds: [], practiceId: null });
    return sendCallCommand(this.commandBus, input.callId, { type: 'EditCallForAction', data: content }, actor, input.expectedRevision);
  }
}
