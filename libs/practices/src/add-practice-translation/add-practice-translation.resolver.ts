import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PracticeCommands } from '../shared/practice-commands';
import { ExistingPracticeInput } from '../shared/practice.inputs';
import { Language, PracticePayload } from '../shared/practice.types';

@InputType()
export class AddPracticeTranslationInput extends ExistingPracticeInput {
  @Field(() => Language)
  @IsEnum(Language)
  language!: Language;

  @Field()
  @IsString()
  @MaxLength(100_000)
  title!: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  summary: string = '';

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  body: string = '';
}

@Resolver()
export class AddPracticeTranslationResolver {
  constructor(private readonly commands: PracticeCommands) {}

  @Mutation(() => PracticePayload, { description: 'Owner only: one translation per UN language besides the original.' })
  async addPracticeTranslation(@Args('input') input: AddPracticeTranslationInput, @CurrentActor() actor: Actor | null): Promise<PracticePayload> {
    return this.commands.execute(input.id, actor, { type: 'AddPracticeTranslation', translation: { language: input.language, title: input.title, summary: input.summary, body: input.body } }, input.expectedRevision);
  }
}
