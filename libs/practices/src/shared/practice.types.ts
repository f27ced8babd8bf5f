import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, Paginated } from '@pfp/graphql';
import { canSeeWorkingCopy } from '../domain/policies';
import {
  IMPLEMENTATION_STATUSES,
  LANGUAGES,
  PRACTICE_STATUSES,
  RESOURCE_KINDS,
  type ImplementationStatus as Status,
  type Language as Lang,
  type PracticeContent,
  type PracticeStatus as StatusOfPractice,
  type ResourceKind as Kind,
  type SealedContact,
} from '../domain/practice';
import type { CoAuthor } from '../domain/co-authors';
import type { PracticeDetails } from '../practice-details/practice-details.projection';
import { PracticeAssessment, presentAssessment } from './assessment.types';

export const PracticeStatus = graphqlEnum('PracticeStatus', PRACTICE_STATUSES);
export type PracticeStatus = StatusOfPractice;
export const ImplementationStatus = graphqlEnum('ImplementationStatus', IMPLEMENTATION_STATUSES);
export type ImplementationStatus = Status;
export const Language = graphqlEnum('Language', LANGUAGES, { description: 'A UN language (ISO 639-1).' });
export type Language = Lang;
export const ResourceKind = graphqlEnum('ResourceKind', RESOURCE_KINDS);
export type ResourceKind = Kind;

@ObjectType()
export class PracticePeriod {
  @Field({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  start!: string;

  @Field(() => String, { nullable: true })
  end!: string | null;
}

@ObjectType()
export class PracticeResult {
  @Field()
  indicator!: string;

  @Field()
  value!: string;
}

@ObjectType()
export class PracticeResource {
  @Field()
  title!: string;

  @Field()
  url!: string;

  @Field(() => ResourceKind)
  kind!: ResourceKind;
}

@ObjectType()
export class PracticeTranslation {
  @Field(() => Language)
  language!: Lang;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field()
  body!: string;
}

@ObjectType({ description: 'Personal data: shown to signed-in accounts only, and gone for good once erased.' })
export class PracticeContact {
  @Field(() => ID, { description: 'The person (subject) whose key seals these details.' })
  subjectId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;
}

@ObjectType()
export class PracticeRegion {
  @Field({ description: 'UN M49 code.' })
  code!: string;

  @Field()
  name!: string;
}

/**
 * A practice as the viewer may see it: visitors and other organisations see the published
 * text; the owner and the Support Unit see the working text (what is in review).
 */
@ObjectType('Practice')
export class PracticeNode {
  @Field(() => ID, { description: 'practice-<uuid>, the stream name.' })
  id!: string;

  @Field(() => Int, { description: 'The stream revision this reflects: pass it as expectedRevision.' })
  revision!: number;

  @Field(() => PracticeStatus)
  status!: PracticeStatus;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field({ description: 'Markdown, as written. Render bodyHtml, never this.' })
  body!: string;

  @Field(() => Language, { description: 'The original language.' })
  language!: Lang;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3.' })
  countries!: string[];

  @Field(() => [String], { description: 'Theme ids (see `themes`); resolved in `themes`.' })
  themeIds!: string[];

  @Field(() => ID)
  ownerOrganizationId!: string;

  @Field(() => String, { nullable: true })
  ownerCountry!: string | null;

  @Field(() => [ID])
  implementingPartnerIds!: string[];

  @Field(() => PracticePeriod, { nullable: true })
  period!: PracticePeriod | null;

  @Field(() => ImplementationStatus, { nullable: true })
  implementationStatus!: Status | null;

  @Field(() => [PracticeResult])
  results!: PracticeResult[];

  @Field(() => [PracticeResource])
  resources!: PracticeResource[];

  @Field(() => [PracticeTranslation])
  translations!: PracticeTranslation[];

  @Field(() => Int)
  interestCount!: number;

  @Field(() => String, { nullable: true, description: 'The Support Unit reason, while changes are requested (owner and Support Unit only).' })
  changesRequested!: string | null;

  @Field(() => PracticeAssessment, {
    nullable: true,
    description:
      'The answers to the quality criteria and the Support Unit’s verdicts: of the published text for the public, the working one for the owner and the Support Unit.',
  })
  assessment!: PracticeAssessment | null;

  @Field({ description: 'True when a published practice has a revision in review (the published text stays visible).' })
  hasPendingRevision!: boolean;

  @Field()
  draftedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  /**
   * Read by the contact field resolver; never exposed as is. Undefined when the node comes
   * from a read model that keeps no contact (search): the resolver then asks practice-details.
   */
  sealedContact?: SealedContact | null;

  /** Read by the coAuthors field resolver (which filters them for the viewer); undefined for a search result. */
  coAuthorEntries?: CoAuthor[];
}

@ObjectType()
export class FacetCount {
  @Field()
  value!: string;

  /** English; resolved by `label(language:)` (FacetLabelResolver). */
  label?: string;

  /** Which facet the value belongs to, for naming it in another language (not in the schema). */
  facet?: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How many matching practices carry each value (the filters applied, all facets combined with AND).' })
export class PracticeFacets {
  @Field(() => [FacetCount])
  theme!: FacetCount[];

  @Field(() => [FacetCount])
  gcmObjective!: FacetCount[];

  @Field(() => [FacetCount], { description: 'UN M49 regions, every level.' })
  region!: FacetCount[];

  @Field(() => [FacetCount])
  country!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Owner organisation ids.' })
  owner!: FacetCount[];

  @Field(() => [FacetCount])
  implementationStatus!: FacetCount[];
}

@ObjectType()
export class PracticeConnection extends Paginated(PracticeNode, 'Practice') {
  @Field(() => PracticeFacets)
  facets!: PracticeFacets;
}

@ObjectType({ description: 'What a practice mutation changed.' })
export class PracticePayload {
  @Field(() => PracticeNode)
  practice!: PracticeNode;

  @Field(() => Int, { description: 'The stream revision after the change: the next expectedRevision.' })
  revision!: number;
}

export interface Viewer {
  organizationId: string;
  organizationKind: string;
}

/** Which text the viewer gets; null when the viewer may not see the practice at all. */
export function presentPractice(practice: PracticeDetails, revision: number, viewer: Viewer | null): PracticeNode | null {
  const privileged = canSeeWorkingCopy(viewer, practice);
  const publicText = practice.status !== 'ARCHIVED' ? practice.published : null;
  const content: PracticeContent | null = privileged ? practice.working : publicText;
  if (!content) return null;
  return {
    id: practice.id,
    revision,
    // Others see the published text, so the status it has: a revision in review is the owner's
    // and the Support Unit's business, shown to others only as hasPendingRevision.
    status: privileged ? practice.status : 'PUBLISHED',
    title: content.title,
    summary: content.summary,
    body: content.body,
    language: content.language,
    countries: content.countries,
    themeIds: content.themes,
    ownerOrganizationId: practice.ownerOrganizationId,
    ownerCountry: practice.ownerCountry,
    implementingPartnerIds: content.implementingPartners,
    period: content.period,
    implementationStatus: content.implementationStatus,
    results: content.results,
    resources: content.resources,
    translations: practice.translations,
    interestCount: practice.interestCount,
    changesRequested: privileged ? practice.changesRequested : null,
    assessment: presentAssessment(privileged ? practice.assessment : practice.publishedAssessment),
    hasPendingRevision: practice.published !== null && practice.status !== 'PUBLISHED' && practice.status !== 'ARCHIVED',
    draftedAt: new Date(practice.draftedAt),
    updatedAt: new Date(practice.updatedAt),
    publishedAt: practice.publishedAt ? new Date(practice.publishedAt) : null,
    sealedContact: content.contact,
    coAuthorEntries: practice.coAuthors ?? [],
  };
}
