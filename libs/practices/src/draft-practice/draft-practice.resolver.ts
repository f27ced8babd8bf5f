import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PRACTICE_CATEGORY } from '../shared/fold-row';
import { PracticeCommands } from '../shared/practice-commands';
import { PracticeContentInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class DraftPracticeInput extends PracticeContentInput {}

@Resolver()
export class DraftPracticeResolver {
  constructor(private readonly commands: PracticeCommands) {}

  @Mutation(() => PracticePayload, { description: 'Members of a state, for their own state. A draft may be incomplete.' })
  async draftPractice(@Args('input') input: DraftPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    const id = newGlobalId(PRACTICE_CATEGORY);
    const { content, discard } = await this.commands.content(input, null);
    return this.commands.execute(id, actor, { type: 'DraftPractice', practiceId: id, content }, undefined, discard);
  }
}
