import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { followAsPoster } from '../shared/poster-follows';
import { callContentOf } from '../shared/call-content.input';
import { CallReferences } from './call-references';
import { PostCallForActionInput } from './post-call-for-action.input';

@Resolver()
export class PostCallForActionResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: CallReferences,
  ) {}

  @Mutation(() => CallForActionPayload, {
    description: 'A state posts a call (its account then follows it, to hear of responses); with co-posters it stays PENDING until each confirms.',
  })
  async postCallForAction(@Args('input') input: PostCallForActionInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    const content = callContentOf(input);
    const coPosters = input.coPosterIds ?? [];
    const practiceId = input.practiceId ?? null;
    await this.references.check(actor, { themes: content.themes, countries: content.countries, coPosterIds: coPosters, practiceId });
    const callId = newGlobalId('callForAction');
    const posted = await sendCallCommand(
      this.commandBus,
      callId,
      {
        type: 'PostCallForAction',
        data: {
          callId,
          ...content,
          practiceId,
          coPosters,
        },
      },
      actor,
    );
    await followAsPoster(this.commandBus, actor, callId);
    return posted;
  }
}
