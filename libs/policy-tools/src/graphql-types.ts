import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, Paginated } from '@pfp/graphql';
import {
  CONTRIBUTOR_ROLES,
  EXAMPLE_STATUSES,
  POLICY_TOOL_KINDS,
  type ContributorRole,
  type ExampleStatus,
  type PolicyToolKind as Kind,
} from './domain/policy-tool';

export const PolicyToolKind = graphqlEnum('PolicyToolKind', POLICY_TOOL_KINDS);
export type PolicyToolKind = Kind;
export const PolicyToolContributorRole = graphqlEnum('PolicyToolContributorRole', CONTRIBUTOR_ROLES);
export type PolicyToolContributorRole = ContributorRole;
export const PolicyToolExampleStatus = graphqlEnum('PolicyToolExampleStatus', EXAMPLE_STATUSES, {
  description: 'PROPOSED: waiting for the owner; ACCEPTED ones appear in the next edition.',
});
export type PolicyToolExampleStatus = ExampleStatus;
export const SECTION_CHANGES = ['ADDED', 'REMOVED', 'CHANGED', 'UNCHANGED'] as const;
export const PolicyToolSectionChangeKind = graphqlEnum('PolicyToolSectionChangeKind', SECTION_CHANGES);
export type PolicyToolSectionChangeKind = (typeof SECTION_CHANGES)[number];

@ObjectType()
export class PolicyToolContributor {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => PolicyToolContributorRole)
  role!: PolicyToolContributorRole;
}

@ObjectType({ description: 'An example a section gives: a practice of the platform (practiceId) or a link (url).' })
export class PolicyToolSectionExample {
  @Field(() => ID, { nullable: true })
  practiceId!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;
}

@ObjectType()
export class PolicyToolSection {
  @Field({ description: 'Stable within the tool: examples and translations name a section by it.' })
  key!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown as written.' })
  body!: string;

  /** bodyHtml is resolved (sanitised as practice bodies are). */

  @Field(() => [PolicyToolSectionExample])
  examples!: PolicyToolSectionExample[];
}

@ObjectType({ description: 'What a tool says: its draft, or one of its editions.' })
export class PolicyToolContent {
  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field({ description: 'The language it is written in (ISO 639-1, one of the six UN languages).' })
  language!: string;

  @Field(() => [String])
  themes!: string[];

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3.' })
  countries!: string[];

  @Field(() => [String], { description: 'The languages it is available in.' })
  languages!: string[];

  @Field(() => [PolicyToolSection])
  sections!: PolicyToolSection[];

  @Field(() => [String], { description: 'Migration profiles: where the figures come from.' })
  dataSources!: string[];

  @Field(() => Int, { nullable: true, description: 'Migration profiles: the year of the figures.' })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Migration profiles: the key of the guidance step reached.' })
  preparationStep!: string | null;
}

@ObjectType()
export class PolicyToolEdition extends PolicyToolContent {
  @Field(() => Int)
  number!: number;

  @Field()
  releaseNotes!: string;

  @Field()
  releasedAt!: Date;
}

@ObjectType({ description: 'An edition in the timeline, without its content.' })
export class PolicyToolEditionSummary {
  @Field(() => Int)
  number!: number;

  @Field()
  releaseNotes!: string;

  @Field()
  releasedAt!: Date;
}

@ObjectType()
export class PolicyToolExample extends PolicyToolSectionExample {
  @Field(() => ID)
  exampleId!: string;

  @Field()
  sectionKey!: string;

  @Field()
  note!: string;

  @Field(() => ID)
  proposedBy!: string;

  @Field()
  proposedAt!: Date;

  @Field(() => PolicyToolExampleStatus)
  status!: PolicyToolExampleStatus;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  /** Why the owner declined it; served to the owner and the proposer only (declineReason). */
  reason!: string | null;

  /** The owner, for that check. */
  ownerOrganizationId!: string;

  @Field(() => Int, { nullable: true, description: 'The edition it first appeared in.' })
  edition!: number | null;
}

@ObjectType()
export class PolicyToolTranslationSection {
  @Field()
  key!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown as written.' })
  body!: string;
}

@ObjectType()
export class PolicyToolTranslation {
  @Field()
  language!: string;

  @Field(() => Int, { description: 'The edition it translates.' })
  edition!: number;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => [PolicyToolTranslationSection])
  sections!: PolicyToolTranslationSection[];

  @Field({ description: 'The translator says every section is translated.' })
  complete!: boolean;

  @Field({ description: 'It translates an earlier edition than the current one.' })
  outOfDate!: boolean;

  @Field()
  addedAt!: Date;
}

@ObjectType()
export class PolicyToolFieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType()
export class PolicyToolSectionChange {
  @Field()
  key!: string;

  @Field(() => PolicyToolSectionChangeKind)
  change!: PolicyToolSectionChangeKind;

  @Field(() => PolicyToolSection, { nullable: true, description: 'The section in the earlier edition.' })
  before!: PolicyToolSection | null;

  @Field(() => PolicyToolSection, { nullable: true, description: 'The section in the later edition.' })
  after!: PolicyToolSection | null;
}

@ObjectType({
  description: 'Two editions and what changed between them, field by field and section by section (both texts given: word-level marking is the reader’s).',
})
export class PolicyToolDifferences {
  @Field(() => PolicyToolEdition)
  from!: PolicyToolEdition;

  @Field(() => PolicyToolEdition)
  to!: PolicyToolEdition;

  @Field(() => [PolicyToolFieldChange])
  fields!: PolicyToolFieldChange[];

  @Field(() => [PolicyToolSectionChange])
  sections!: PolicyToolSectionChange[];
}

@ObjectType()
export class PolicyTool {
  @Field(() => ID)
  id!: string;

  @Field(() => PolicyToolKind)
  kind!: PolicyToolKind;

  @Field(() => ID)
  ownerOrganizationId!: string;

  @Field(() => String, { nullable: true, description: "The owner's country (a migration profile's country)." })
  ownerCountry!: string | null;

  @Field(() => [PolicyToolContributor])
  contributors!: PolicyToolContributor[];

  @Field(() => Int, { description: 'The current edition (0: none released yet).' })
  currentEdition!: number;

  @Field(() => PolicyToolEdition, { nullable: true, description: 'The edition asked for (policyTool(id, edition)), else the current one.' })
  edition!: PolicyToolEdition | null;

  @Field(() => [PolicyToolEditionSummary], { description: 'Every edition, first first.' })
  editions!: PolicyToolEditionSummary[];

  @Field(() => [PolicyToolTranslation])
  translations!: PolicyToolTranslation[];

  @Field({ description: 'The draft differs from the current edition, or accepted examples wait for the next one.' })
  hasUnreleasedChanges!: boolean;

  @Field()
  draftedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int, { description: 'The revision to pass as expectedRevision.' })
  revision!: number;

  /** The stored document, for the fields resolved with the reader in mind (draft, examples, differences). */
  document!: unknown;
}

@ObjectType()
export class PolicyToolFacetCount {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many matching tools carry each value (the search and filters applied).' })
export class PolicyToolFacets {
  @Field(() => [PolicyToolFacetCount])
  kind!: PolicyToolFacetCount[];

  @Field(() => [PolicyToolFacetCount], { description: 'ISO 3166-1 alpha-3.' })
  country!: PolicyToolFacetCount[];

  @Field(() => [PolicyToolFacetCount], { description: 'Theme ids (themes names them in any UN language).' })
  theme!: PolicyToolFacetCount[];

  @Field(() => [PolicyToolFacetCount], { description: 'The languages tools are available in.' })
  language!: PolicyToolFacetCount[];
}

@ObjectType()
export class PolicyToolConnection extends Paginated(PolicyTool) {
  @Field(() => PolicyToolFacets, { nullable: true, description: 'policyTools only: the facets of the matching tools.' })
  facets?: PolicyToolFacets | null;
}

@ObjectType()
export class PolicyToolPayload {
  @Field(() => PolicyTool)
  policyTool!: PolicyTool;

  @Field(() => Int)
  revision!: number;
}
