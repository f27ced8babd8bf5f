import { CommandBus } from '@nestjs/cqrs';
import { Args, InputType, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { renderMarkdown } from '../shared/markdown';
import { sendPracticeCommand } from '../shared/practice-bus';
import { PracticeTranslationInput, translationOf } from '../shared/practice.inputs';
import { PracticePayload, PracticeTranslation } from '../shared/practice.types';

@InputType()
export class AddPracticeTranslationInput extends PracticeTranslationInput {}

@InputType()
export class RevisePracticeTranslationInput extends PracticeTranslationInput {}

/** Translations of a practice: added once per UN language, revised whole, served as sanitised HTML like the original. */
@Resolver(() => PracticeTranslation)
export class PracticeTranslationResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'Owner only: one translation per UN language besides the original.' })
  addPracticeTranslation(@Args('input') input: AddPracticeTranslationInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return this.send('AddPracticeTranslation', input, actor);
  }

  @Mutation(() => PracticePayload, { description: 'Owner only: replaces the translation in that language (title, summary and body, whole).' })
  revisePracticeTranslation(@Args('input') input: RevisePracticeTranslationInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return this.send('RevisePracticeTranslation', input, actor);
  }

  @ResolveField(() => String, { description: 'The Markdown body as sanitised HTML, as the original’s bodyHtml.' })
  bodyHtml(@Parent() translation: PracticeTranslation): string {
    return renderMarkdown(translation.body);
  }

  private send(type: 'AddPracticeTranslation' | 'RevisePracticeTranslation', input: PracticeTranslationInput, actor: Actor | null): Promise<PracticePayload> {
    return sendPracticeCommand(this.commandBus, input.id, { type, data: { translation: translationOf(input) } }, actor, {
      expectedRevision: input.expectedRevision,
    });
  }
}
