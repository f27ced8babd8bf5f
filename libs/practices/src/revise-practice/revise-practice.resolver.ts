import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { sendPracticeCommand } from '../shared/practice-bus';
import { PracticeContentPreparer } from '../shared/practice-content';
import { PracticeContentInput, withExistingPractice } from '../shared/practice.inputs';
import { PracticePayload } from '../shared/practice.types';

@InputType()
export class RevisePracticeInput extends withExistingPractice(PracticeContentInput) {}

@Resolver()
export class RevisePracticeResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly contents: PracticeContentPreparer,
  ) {}

  @Mutation(() => PracticePayload, {
    description: 'Owner only; replaces the content. A revision of a published practice goes to review while the published text stays visible.',
  })
  async revisePractice(@Args('input') input: RevisePracticeInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    const { content, discard } = await this.contents.prepare(input, input.id);
    return sendPracticeCommand(this.commandBus, input.id, { type: 'RevisePractice', data: { content } }, actor, {
      expectedRevision: input.expectedRevision,
      onFailure: discard,
    });
  }
}
