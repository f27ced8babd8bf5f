import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { CallForActionPayload } from '../graphql-types';
import { sendCallCommand } from '../shared/call-commands';
import { CallReferences } from './call-references';
import { PostCallForActionInput } from './post-call-for-action.input';

@Resolver()
export class PostCallForActionResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly references: CallReferences,
  ) {}

  @Mutation(() => CallForActionPayload, { description: 'A state posts a call; with co-posters it stays PENDING until each confirms.' })
  async postCallForAction(@Args('input') input: PostCallForActionInput, @CurrentActor() actor: Actor | null): Promise<CallForActionPayload> {
    const themes = input.themes ?? [];
    const countries = input.countries ?? [];
    const coPosters = input.coPosterIds ?? [];
    const practiceId = input.practiceId ?? null;
    await this.references.check(actor, { themes, countries, coPosterIds: coPosters, practiceId });
    const callId = newGlobalId('callForAction');
    return sendCallCommand(
      this.commandBus,
      callId,
      {
        type: 'PostCallForAction',
        data: {
          callId,
          title: input.title.trim(),
          description: input.description,
          kind: input.kind,
          themes,
          countries,
          deadline: input.deadline ? input.deadline.toISOString() : null,
          practiceId,
          coPosters,
        },
      },
      actor,
    );
  }
}
