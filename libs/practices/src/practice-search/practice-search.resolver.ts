import { Args, ArgsType, Field, ID, InputType, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Moderation } from '@pfp/contributions';
import { ConnectionArgs, connectionFromRows, graphqlEnum, pageWindow, plainResolver, Text } from '@pfp/graphql';
import { regionName, taxonomyLanguage, themeLabel } from '@pfp/taxonomy';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { FacetCount, ImplementationStatus, PracticeConnection, PracticeNode } from '../shared/practice.types';
import { labelled } from './facet-labels';
import type { PracticeSearchDocument } from './practice-search.projection';
import { presentSearchResult } from './search-result';
import { PracticeSearchCache } from './search-cache';
import { PracticeSearchIndex } from './search-index-feed';
import { PRACTICE_ORDERS, readFacets, searchFacetsSql, searchPageSql, similarPracticesSql, type Facets } from './search-query';

export const PracticeOrder = graphqlEnum('PracticeOrder', PRACTICE_ORDERS, {
  description: 'RELEVANCE (title > summary > body) needs `search` (without it, newest first); TITLE is by the published title, A to Z.',
});
export type PracticeOrder = (typeof PRACTICE_ORDERS)[number];

@InputType({ description: 'Each list keeps practices with any of its values; lists combine with AND.' })
export class PracticeFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Text({ max: 100, each: true })
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'gcm-1 .. gcm-23.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(23)
  @Text({ max: 100, each: true })
  gcmObjectives?: string[];

  @Field(() => [String], { nullable: true, description: 'UN M49 codes, any level (013, 419, 019).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Text({ max: 100, each: true })
  regions?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @Text({ max: 100, each: true })
  countries?: string[];

  @Field(() => [ID], { nullable: true, description: 'Owner organisation ids.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Text({ max: 100, each: true })
  owners?: string[];

  @Field(() => [ImplementationStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ImplementationStatus, { each: true })
  implementationStatuses?: ImplementationStatus[];

  @Field(() => [String], {
    nullable: true,
    description: 'Quality criteria keys (qualityCriteria): practices that meet every one of them, confirmed by the Support Unit.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Text({ max: 100, each: true })
  criteria?: string[];
}

@ArgsType()
class PracticesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Full-text, web-search syntax ("quoted phrase", -excluded, or).' })
  @IsOptional()
  @Text({ max: 500 })
  search?: string | null;

  @Field(() => PracticeFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeFilter)
  filter?: PracticeFilter | null;

  @Field(() => PracticeOrder, { nullable: true, defaultValue: PracticeOrder.RELEVANCE })
  @IsOptional()
  @IsEnum(PracticeOrder)
  orderBy?: PracticeOrder | null;
}

@ArgsType()
class SimilarPracticesArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text({ max: 1000 })
  title?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @Text({ max: 100, each: true })
  themes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @Text({ max: 100, each: true })
  countries?: string[];

  @Field(() => Int, { nullable: true, defaultValue: 5 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  first: number = 5;
}

/** A facet value's name in the reader's language (themes, GCM objectives and regions; countries are named by the client). */
function facetCountLabel(count: FacetCount, language: string | null | undefined): string | null {
  const wanted = taxonomyLanguage(language);
  if (count.facet === 'theme' || count.facet === 'gcmObjective') return themeLabel(count.value, wanted) ?? count.label ?? null;
  if (count.facet === 'region') return regionName(count.value, wanted) ?? count.label ?? null;
  return count.label ?? null;
}

// a search page names about 140 facet values: resolved as graphql-js resolves a field, not through Nest's pipeline
plainResolver('FacetCount', 'label', (count: FacetCount, args: { language?: string | null }) => facetCountLabel(count, args.language));

/** Declares `label(language:)` in the schema; plainResolver above answers it. */
@Resolver(() => FacetCount)
export class FacetLabelResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'A readable name (theme label, region or country name) in one of the six UN languages; English by default.',
  })
  label(@Parent() count: FacetCount, @Args('language', { type: () => String, nullable: true, defaultValue: 'en' }) language: string | null): string | null {
    return facetCountLabel(count, language);
  }
}

@Resolver(() => PracticeNode)
export class PracticeSearchResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: PracticeSearchCache,
    private readonly moderation: Moderation,
    private readonly index: PracticeSearchIndex,
  ) {}

  @Query(() => PracticeConnection, { description: 'Published practices: full-text search, facet filters and counts, by relevance or newest.' })
  async practices(@Args() args: PracticesArgs): Promise<PracticeConnection> {
    const { offset, limit } = pageWindow(args);
    const request = { search: args.search, filter: args.filter, orderBy: args.orderBy, limit, offset };
    // the in-memory index of this process (search-index-feed.ts); a phrase search, which needs positions, goes to PostgreSQL
    const [query, hiddenIds] = await Promise.all([this.index.query(args.search), this.moderation.hiddenOf('practice'), this.index.fresh()]);
    if (query.kind !== 'sql' && this.index.enabled) {
      // counts come labelled from the index (facet-labels.ts), results presented once per revision
      const answer = this.index.search(query, { ...request, key: JSON.stringify(request) }, hiddenIds);
      const nodes = answer.hits.map((hit) => this.index.present(hit)).filter((n): n is PracticeNode => n !== null);
      return { ...connectionFromRows(nodes, answer.total, offset), facets: answer.facets as Facets };
    }
    const found = await this.cache.get(JSON.stringify(request), () => this.search(request, offset));
    // what the Support Unit hid leaves the results (issue 14), asked at each request: the cache keeps the search's answer
    const hidden = await this.moderation.hiddenAmong(found.edges.map((e) => e.node.id));
    return hidden.size === 0 ? found : { ...found, edges: found.edges.filter((e) => !hidden.has(e.node.id)), totalCount: found.totalCount - hidden.size };
  }

  private async search(request: Parameters<typeof searchPageSql>[0], offset: number): Promise<PracticeConnection> {
    const page = searchPageSql(request);
    const facetsSql = searchFacetsSql(request);
    const [rows, facetRows] = await Promise.all([
      this.dataSource.query(page.text, page.values) as Promise<Array<{ doc: PracticeSearchDocument; revision: number }>>,
      this.dataSource.query(facetsSql.text, facetsSql.values),
    ]);
    const { totalCount, facets } = readFacets(facetRows);
    labelled(facets);
    // The search rows hold the public text only: everyone gets the published version here.
    const nodes = rows.map((r) => presentSearchResult(r.doc, r.revision)).filter((n): n is PracticeNode => n !== null);
    return { ...connectionFromRows(nodes, totalCount, offset), facets };
  }

  @Query(() => [PracticeNode], { description: 'Published practices like the one being drafted: same themes and countries, or a similar title.' })
  async similarPractices(@Args() args: SimilarPracticesArgs): Promise<PracticeNode[]> {
    const sql = similarPracticesSql({ title: args.title, themes: args.themes, countries: args.countries, limit: args.first });
    const rows: Array<{ doc: PracticeSearchDocument; revision: number }> = await this.dataSource.query(sql.text, sql.values);
    const nodes = rows.map((r) => presentSearchResult(r.doc, r.revision)).filter((n): n is PracticeNode => n !== null);
    return this.moderation.visible(nodes, (n) => [n.id]);
  }
}
