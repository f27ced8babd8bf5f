import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { Text } from '@pfp/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { sendPracticeCommand } from '../shared/practice-bus';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { Language, PracticePayload } from '../shared/practice.types';

@InputType()
export class AddPracticeTranslationInput extends ExistingPracticeInput {
  @Field(() => Language)
  @IsEnum(Language)
  language!: Language;

  @Field()
  @Text({ max: 100_000 })
  title!: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @Text({ max: 100_000 })
  summary: string = '';

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsOptional()
  @Text({ max: 100_000 })
  body: string = '';
}

@Resolver()
export class AddPracticeTranslationResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PracticePayload, { description: 'Owner only: one translation per UN language besides the original.' })
  async addPracticeTranslation(@Args('input') input: AddPracticeTranslationInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return sendPracticeCommand(
      this.commandBus,
      input.id,
      { type: 'AddPracticeTranslation', data: { translation: { language: input.language, title: input.title, summary: input.summary, body: input.body } } },
      actor,
      { expectedRevision: input.expectedRevision },
    );
  }
}
