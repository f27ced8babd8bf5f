import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@pfp/graphql';
import { SearchKind } from './search.args';

@ObjectType({ description: 'One item search found: a practice, a call for action, a partnership project or a policy tool.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => ID, { description: 'Its global id (practice-…, callForAction-…, project-…, policyTool-…): ask its own query for the rest.' })
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Its summary (a call: its description), as written.' })
  summary!: string;

  @Field({ description: "The item's page on the site, from its root (/practices/…, /calls/…, /projects/…, /tools/…)." })
  path!: string;

  @Field({ description: 'PUBLISHED (practice), OPEN, CLOSED or CONVERTED (call), ACTIVE, COMPLETED or CANCELLED (project), RELEASED (tool).' })
  status!: string;

  @Field(() => Date, { nullable: true, description: 'Published, posted, launched or its current edition released.' })
  publishedAt!: Date | null;
}

@ObjectType({ description: 'A facet value and how many results carry it.' })
export class SearchFacetCount {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;

  /** Which facet it belongs to, for its label (not in the schema). */
  facet!: string;
}

@ObjectType({ description: 'How many results carry each value, every filter applied (kind: every filter but the kinds, so the other kinds stay in view).' })
export class SearchFacets {
  @Field(() => [SearchFacetCount])
  kind!: SearchFacetCount[];

  @Field(() => [SearchFacetCount], { description: 'GFMD themes.' })
  theme!: SearchFacetCount[];

  @Field(() => [SearchFacetCount])
  gcmObjective!: SearchFacetCount[];

  @Field(() => [SearchFacetCount])
  sdgTarget!: SearchFacetCount[];

  @Field(() => [SearchFacetCount], { description: 'UN M49 regions, every level.' })
  region!: SearchFacetCount[];

  @Field(() => [SearchFacetCount])
  country!: SearchFacetCount[];

  @Field(() => [SearchFacetCount], { description: 'Organisation ids: owners, posters, partners, contributors.' })
  organization!: SearchFacetCount[];
}

@ObjectType()
export class SearchConnection extends Paginated(SearchHit) {
  @Field(() => SearchFacets)
  facets!: SearchFacets;
}
