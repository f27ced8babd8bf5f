import { Field, InputType, Int } from '@nestjs/graphql';
import { GlobalIdField, Text } from '@pfp/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Contributor, ToolContent, ToolLanguage } from '../domain/policy-tool';
import { PolicyToolContributorRole } from '../graphql-types';
import { InputListField, StringListField } from './list-fields';

// Generous transport bounds only: the decider owns the real limits (domain/content-rules.ts), so
// that every entry point refuses them alike with POLICY_TOOL.INVALID naming the field.
const TEXT_BOUND = 200_000;

@InputType()
export class PolicyToolSectionExampleInput {
  @GlobalIdField('practice', { nullable: true, description: 'A practice of the platform (practice-<uuid>).' })
  practiceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Or a link: https only.' })
  @IsOptional()
  @Text({ max: 5_000 })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "A link's title (a practice is named by its own)." })
  @IsOptional()
  @Text({ max: 5_000 })
  title?: string | null;
}

@InputType()
export class PolicyToolSectionInput {
  @Field({ description: 'Lower-case letters, digits and hyphens; stable across editions.' })
  @IsString()
  @MaxLength(200)
  key!: string;

  @Field()
  @Text({ max: TEXT_BOUND })
  title!: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsOptional()
  @Text({ max: TEXT_BOUND })
  body: string = '';

  @InputListField(() => PolicyToolSectionExampleInput)
  examples?: PolicyToolSectionExampleInput[];
}

@InputType()
export class PolicyToolContributorInput {
  @GlobalIdField('organization')
  organizationId!: string;

  @Field(() => PolicyToolContributorRole)
  @IsEnum(PolicyToolContributorRole)
  role!: PolicyToolContributorRole;
}

/** The whole content of a tool: a draft, and each revision, replace it whole. */
@InputType()
export class PolicyToolContentInput {
  @Field()
  @Text({ max: TEXT_BOUND })
  title!: string;

  @Field({ defaultValue: '' })
  @IsOptional()
  @Text({ max: TEXT_BOUND })
  summary: string = '';

  @Field({ description: 'The language it is written in: ar, en, es, fr, ru or zh.' })
  @IsString()
  @MaxLength(20)
  language!: string;

  @StringListField({ maxItems: 50, maxLength: 100 })
  themes?: string[];

  @StringListField({ maxItems: 250, maxLength: 20, description: 'ISO 3166-1 alpha-3.' })
  countries?: string[];

  @StringListField({ maxItems: 20, maxLength: 20, description: 'The languages it is available in.' })
  languages?: string[];

  @InputListField(() => PolicyToolSectionInput)
  sections?: PolicyToolSectionInput[];

  @Field(() => [String], { nullable: true, defaultValue: [], description: 'Migration profiles: where the figures come from.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1_000)
  @Text({ max: 5_000, each: true })
  dataSources?: string[];

  @Field(() => Int, { nullable: true, description: 'Migration profiles: the year of the figures.' })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Migration profiles: the key of the guidance step reached.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  preparationStep?: string | null;
}

export const contributorsOf = (list: PolicyToolContributorInput[] | undefined): Contributor[] =>
  (list ?? []).map((c) => ({ organizationId: c.organizationId, role: c.role }));

/** The content as the command carries it. */
export const toolContentOf = (input: PolicyToolContentInput): ToolContent => ({
  title: input.title.trim(),
  summary: input.summary ?? '',
  language: input.language as ToolLanguage,
  themes: input.themes ?? [],
  countries: input.countries ?? [],
  languages: (input.languages ?? []) as ToolLanguage[],
  sections: (input.sections ?? []).map((s) => ({
    key: s.key,
    title: s.title.trim(),
    body: s.body ?? '',
    examples: (s.examples ?? []).map((e) => ({ practiceId: e.practiceId ?? null, url: e.url ?? null, title: e.title?.trim() ?? null })),
  })),
  dataSources: (input.dataSources ?? []).map((d) => d.trim()),
  year: input.year ?? null,
  preparationStep: input.preparationStep ?? null,
});

/** The contributors of a draft or a revision. */
export const ContributorsField = (): PropertyDecorator => InputListField(() => PolicyToolContributorInput);
