import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { PostCallForActionInput } from './post-call-for-action.input';

@Resolver()
export class PostCallForActionResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CallForActionPayload, { description: 'A state posts a call; with co-posters it stays PENDING until each confirms.' })
  postCallForAction(@Args('input') input: PostCallForActionInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    const callId = newGlobalId('callForAction');
    return sendCallCommand(this.commandBus, callId, {
      type: 'PostCallForAction',
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
    }, actor);
  }
}
