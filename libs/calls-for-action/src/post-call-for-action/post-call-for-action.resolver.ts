import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { CallCommands, callActor } from '../call-commands';
import { CallForActionPayload } from '../graphql-types';
import { PostCallForActionInput } from './post-call-for-action.input';

@Resolver()
export class PostCallForActionResolver {
  constructor(private readonly calls: CallCommands) {}

  @Mutation(() => CallForActionPayload, { description: 'A state posts a call; with co-posters it stays PENDING until each confirms.' })
  async postCallForAction(@Args('input') input: PostCallForActionInput, @CurrentActor() current: Actor | null): Promise<CallForActionPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const callId = newGlobalId('callForAction');
    const at = new Date().toISOString();
    return this.calls.execute(actor, callId, {
      type: 'PostCallForAction',
      actor: callActor(actor),
      at,
      data: {
        callId,
        title: input.title.trim(),
        description: input.description,
        kind: input.kind,
        themes: input.themes ?? [],
        countries: input.countries ?? [],
        deadline: input.deadline ? input.deadline.toISOString() : null,
        practiceId: input.practiceId ?? null,
        coPosters: input.coPosterIds ?? [],
      },
    });
  }
}
