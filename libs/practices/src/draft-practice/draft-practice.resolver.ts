import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { newGlobalId } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { PRACTICE_CATEGORY } from '../domain/practice';
import { sendPracticeCommand } from '../shared/practice-bus';
import { PracticeContentPreparer } from '../shared/practice-content';
import { PracticeContentInput } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class DraftPracticeInput extends PracticeContentInput {}

@Resolver()
export class DraftPracticeResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly contents: PracticeContentPreparer,
  ) {}

  @Mutation(() => PracticePayload, { description: 'Members of a state, for their own state. A draft may be incomplete.' })
  async draftPractice(@Args('input') input: DraftPracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    const id = newGlobalId(PRACTICE_CATEGORY);
    const { content, discard } = await this.contents.prepare(input, null);
    return sendPracticeCommand(this.commandBus, id, { type: 'DraftPractice', data: { practiceId: id, content } }, actor, { onFailure: discard });
  }
}
