import { Args, ArgsType, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CallForAction } from '@pfp/calls-for-action';
import { Organization } from '@pfp/identity';
import { PracticeNode } from '@pfp/practices';
import { regionByCode, regionName, taxonomyLanguage, themeById, ThemeType } from '@pfp/taxonomy';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Reason, Topics } from './domain/ranking';

@ArgsType()
export class FirstArgs {
  @Field(() => Int, { nullable: true, defaultValue: 5, description: 'How many of each kind: 1 to 20.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  first: number = 5;
}

@ObjectType('RecommendationRegion', { description: 'A UN M49 region (sub-region or intermediate region).' })
export class RecommendationRegion {
  @Field({ description: 'The M49 code, e.g. 011 (Western Africa).' })
  code!: string;

  /** English; resolved by `name(language:)`. */
  name!: string;
}

@Resolver(() => RecommendationRegion)
export class RecommendationRegionResolver {
  @ResolveField(() => String, { description: 'Its name in one of the six UN languages; English by default.' })
  name(@Parent() region: RecommendationRegion, @Args('language', { type: () => String, nullable: true, defaultValue: 'en' }) language: string | null): string {
    return regionName(region.code, taxonomyLanguage(language)) ?? region.name;
  }
}

@ObjectType('RecommendationReason', {
  description:
    'Why something is recommended, as data for the site to word in the reader’s language ("because you work on <themes> in <countries or regions>"): the themes and countries (or, when no country is shared, the regions) it shares with what the reader works on. For organisations that could replicate a practice, `countries` are where the organisation works that the practice is not in.',
})
export class RecommendationReasonView {
  @Field(() => [ThemeType])
  themes!: ThemeType[];

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3.' })
  countries!: string[];

  @Field(() => [RecommendationRegion], { description: 'The most specific regions shared, only when no country is.' })
  regions!: RecommendationRegion[];
}

/** What every recommended item carries beside the item. */
@ObjectType({ isAbstract: true })
abstract class Recommended {
  @Field(() => RecommendationReasonView)
  reason!: RecommendationReasonView;

  @Field(() => Int, { description: 'The overlap it was ranked by: 3 a shared theme, 2 a shared country, 1 a shared region.' })
  score!: number;
}

@ObjectType('RecommendedPractice')
export class RecommendedPractice extends Recommended {
  @Field(() => PracticeNode)
  practice!: PracticeNode;
}

@ObjectType('RecommendedCallForAction')
export class RecommendedCallForAction extends Recommended {
  @Field(() => CallForAction)
  callForAction!: CallForAction;
}

@ObjectType('RecommendedOrganization')
export class RecommendedOrganization extends Recommended {
  @Field(() => Organization)
  organization!: Organization;
}

@ObjectType('Recommendations', { description: 'For the signed-in organisation, ranked by how much they share with what it works on.' })
export class RecommendationsView {
  @Field(() => RecommendationReasonView, {
    description:
      'What the organisation works on, as recommendations see it. Organisations record no themes of their own: these are derived from the themes and countries of the practices it owns, the calls it posted and the projects it is a partner of, and a state’s own country.',
  })
  worksOn!: RecommendationReasonView;

  @Field(() => [RecommendedCallForAction], { description: 'Open calls for action it neither posted nor answered.' })
  callsForAction!: RecommendedCallForAction[];

  @Field(() => [RecommendedPractice], { description: 'Published practices of others.' })
  practices!: RecommendedPractice[];

  @Field(() => [RecommendedOrganization], { description: 'Other organisations working on the same themes.' })
  organizations!: RecommendedOrganization[];
}

/** The most specific of `codes`: a region enclosing another of them is left out (Africa when Western Africa is there). */
function mostSpecific(codes: readonly string[]): string[] {
  const parents = new Set(codes.map((code) => regionByCode(code)?.parent).filter((p): p is string => !!p));
  return codes.filter((code) => !parents.has(code));
}

export function reasonView(reason: Reason | Topics): RecommendationReasonView {
  return {
    themes: reason.themes
      .map((id) => themeById(id))
      .filter((t): t is NonNullable<typeof t> => !!t)
      .map((t) => ({ ...t })),
    countries: [...reason.countries],
    regions: mostSpecific(reason.regions).flatMap((code) => {
      const region = regionByCode(code);
      return region ? [{ code: region.code, name: region.name }] : [];
    }),
  };
}
