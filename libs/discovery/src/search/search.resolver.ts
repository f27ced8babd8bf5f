import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Moderation } from '@pfp/contributions';
import { connectionFromRows, pageWindow, plainResolver } from '@pfp/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { countryName, regionName, taxonomyLanguage, themeLabel } from '@pfp/taxonomy';
import { DataSource } from 'typeorm';
import { SEARCH_FACETS } from '../search-documents/search-entry';
import { SearchArgs } from './search.args';
import { SearchDocumentsIndex, type IndexedHit } from './search-documents-index';
import { readFacets, searchFacetsSql, searchPageSql, type SearchRequest } from './search-query';
import { SearchConnection, SearchFacetCount, SearchHit, type SearchFacets } from './search.types';

/** The categories whose hidden items search leaves out (moderation is asked at each request: hiding takes effect at once). */
const CATEGORIES = ['practice', 'callForAction', 'project', 'policyTool'];

/** A hit as the SQL path reads it: the in-memory index's, with PostgreSQL's column and date. */
type HitRow = Omit<IndexedHit, 'publishedAt'> & { published_at: Date | null };

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
    private readonly index: SearchDocumentsIndex,
  ) {}

  @Query(() => SearchConnection, {
    description:
      'One search across published practices, calls for action, partnership projects the viewer may read and released policy tools, with facet counts.',
  })
  async search(@Args() args: SearchArgs, @CurrentActor() actor: Actor | null): Promise<SearchConnection> {
    const { offset, limit } = pageWindow(args);
    const [hiddenLists, query] = await Promise.all([
      Promise.all(CATEGORIES.map((c) => this.moderation.hiddenOf(c))),
      this.index.query(args.query),
      this.index.fresh(),
    ]);
    const hidden = hiddenLists.flat();
    const request: SearchRequest = { query: args.query, filter: args.filter, organizationId: actor?.organizationId ?? null, hidden, limit, offset };
    // the in-memory index of this process (search-documents-index.ts); a phrase search, which needs positions, goes to PostgreSQL
    if (query.kind !== 'sql' && this.index.enabled) {
      const answer = this.index.search(query, request);
      const facets = Object.fromEntries(SEARCH_FACETS.map((f) => [f, (answer.facets[f] ?? []).map((c) => ({ ...c, facet: f }))])) as unknown as SearchFacets;
      const hits = answer.hits.map((h): SearchHit => ({ ...h, publishedAt: h.publishedAt ? new Date(h.publishedAt) : null }));
      return { ...connectionFromRows(hits, answer.total, offset), facets };
    }
    const byKind = Boolean(args.filter?.kinds?.length);
    const page = searchPageSql(request);
    const counted = searchFacetsSql(request, true);
    const kinds = byKind ? searchFacetsSql(request, false) : null;
    const [rows, facetRows, kindRows] = await Promise.all([
      this.dataSource.query(page.text, page.values) as Promise<HitRow[]>,
      this.dataSource.query(counted.text, counted.values) as Promise<Array<{ value: string; count: number }>>,
      kinds ? (this.dataSource.query(kinds.text, kinds.values) as Promise<Array<{ value: string; count: number }>>) : Promise.resolve(null),
    ]);
    const { totalCount, facets } = readFacets(facetRows);
    if (kindRows) facets.kind = readFacets(kindRows).facets.kind;
    const named = Object.fromEntries(SEARCH_FACETS.map((f) => [f, facets[f].map((c) => ({ ...c, facet: f }))])) as unknown as SearchFacets;
    const hits: SearchHit[] = rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      summary: r.summary,
      path: r.path,
      status: r.status,
      publishedAt: r.published_at,
    }));
    return { ...connectionFromRows(hits, totalCount, offset), facets: named };
  }
}

/** A facet value's readable name in one of the six languages (themes, GCM objectives, SDG targets and regions; countries in English). */
function facetLabel(count: SearchFacetCount, language: string | null | undefined): string | null {
  const wanted = taxonomyLanguage(language);
  switch (count.facet) {
    case 'theme':
    case 'gcmObjective':
    case 'sdgTarget':
      return themeLabel(count.value, wanted) ?? null;
    case 'region':
      return regionName(count.value, wanted) ?? null;
    case 'country':
      return countryName(count.value);
    default:
      return null;
  }
}

// a search page names about 200 facet values: resolved as graphql-js resolves a field, not through Nest's pipeline per value
plainResolver('SearchFacetCount', 'label', (count: SearchFacetCount, args: { language?: string | null }) => facetLabel(count, args.language));

/** A facet value's readable name, and the organisation an organisation value names. */
@Resolver(() => SearchFacetCount)
export class SearchFacetCountResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Themes, GCM objectives, SDG targets and regions in one of the six UN languages (English by default); countries in English; kinds and organisations: null.',
  })
  label(
    @Parent() count: SearchFacetCount,
    @Args('language', { type: () => String, nullable: true, defaultValue: 'en' }) language: string | null,
  ): string | null {
    return facetLabel(count, language);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The organisation of an organisation facet value.' })
  organization(@Parent() count: SearchFacetCount, @Context() context: object): Promise<Organization | null> | null {
    return count.facet === 'organization' ? organizationLoader(context, this.dataSource).load(count.value) : null;
  }
}
