import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Text } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { ToolLanguage } from '../domain/policy-tool';
import { PolicyToolPayload } from '../graphql-types';
import { sendToolCommand } from '../shared/tool-commands';
import { ToolRefInput } from '../shared/tool-ref.input';

@InputType()
export class PolicyToolTranslationSectionInput {
  @Field()
  @IsString()
  @MaxLength(200)
  key!: string;

  @Field()
  @Text({ max: 200_000 })
  title!: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsOptional()
  @Text({ max: 200_000 })
  body: string = '';
}

@InputType()
export class AddPolicyToolTranslationInput extends ToolRefInput {
  @Field({ description: 'ar, en, es, fr, ru or zh; not the language the edition is written in.' })
  @IsString()
  @MaxLength(20)
  language!: string;

  @Field(() => Int, { nullable: true, description: 'The edition translated (default: the current one).' })
  @IsOptional()
  @IsInt()
  edition?: number | null;

  @Field()
  @Text({ max: 200_000 })
  title!: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @Text({ max: 200_000 })
  summary: string = '';

  @Field(() => [PolicyToolTranslationSectionInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1_000)
  @ValidateNested({ each: true })
  @Type(() => PolicyToolTranslationSectionInput)
  sections?: PolicyToolTranslationSectionInput[];

  @Field({ description: 'Every section of the edition is translated.' })
  @IsBoolean()
  complete!: boolean;
}

@Resolver()
export class AddPolicyToolTranslationResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => PolicyToolPayload, {
    description:
      "The owner or an editor adds (or replaces) an edition's translation into a UN language, marked complete or not; a later edition makes it out of date.",
  })
  addPolicyToolTranslation(@Args('input') input: AddPolicyToolTranslationInput, @CurrentActor() actor: Actor | null): Promise<PolicyToolPayload> {
    const data = {
      language: input.language as ToolLanguage,
      edition: input.edition ?? null,
      title: input.title,
      summary: input.summary ?? '',
      sections: (input.sections ?? []).map((s) => ({ key: s.key, title: s.title.trim(), body: s.body ?? '' })),
      complete: input.complete,
    };
    return sendToolCommand(this.commandBus, input.toolId, { type: 'AddPolicyToolTranslation', data }, actor, input.expectedRevision);
  }
}
