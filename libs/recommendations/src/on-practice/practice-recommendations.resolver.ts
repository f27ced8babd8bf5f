import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { organizationLoader } from '@pfp/identity';
import { PracticeNode } from '@pfp/practices';
import { regionCodesOfCountries } from '@pfp/taxonomy';
import { DataSource } from 'typeorm';
import { focusByOrganization, rank, replicators, type Topics } from '../domain/ranking';
import { FirstArgs, reasonView, RecommendedOrganization, RecommendedPractice } from '../graphql-types';
import { presentOrganizations } from '../shared/present-organizations';
import { WorkReader } from '../shared/work-reader';

const topicsOf = (practice: PracticeNode): Topics => ({
  themes: practice.themeIds,
  countries: practice.countries,
  regions: regionCodesOfCountries(practice.countries),
});

/** On a practice's page: practices like it, and who could take it up elsewhere. Public: both read only what everyone may see. */
@Resolver(() => PracticeNode)
export class PracticeRecommendationsResolver {
  constructor(
    private readonly work: WorkReader,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => [RecommendedPractice], {
    description:
      'Other published practices sharing its themes (GCM objectives and SDG targets among them), ranked by the themes, then the countries or regions they share.',
  })
  async similarPractices(@Parent() practice: PracticeNode, @Args() { first }: FirstArgs): Promise<RecommendedPractice[]> {
    const topics = topicsOf(practice);
    const candidates = await this.work.practicesOn(topics.themes, { except: [practice.id] });
    const ranked = rank(
      topics,
      candidates.map((c) => ({ item: c.id, topics: c.topics })),
      first,
    );
    const nodes = await this.work.practices(ranked.map((r) => r.item));
    return ranked.flatMap((r) => {
      const node = nodes.get(r.item);
      return node ? [{ practice: node, reason: reasonView(r.reason), score: r.score }] : [];
    });
  }

  @ResolveField(() => [RecommendedOrganization], {
    description:
      'Organisations working on its themes in other countries (a state whose country the practice covers is left out), neither its owner nor any that already said they are interested in replicating it; the reason names the shared themes and where the organisation works.',
  })
  async organizationsThatCouldReplicate(
    @Parent() practice: PracticeNode,
    @Args() { first }: FirstArgs,
    @Context() context: object,
  ): Promise<RecommendedOrganization[]> {
    const topics = topicsOf(practice);
    const [workers, interested] = await Promise.all([this.work.workOn(topics.themes), this.work.interestedIn(practice.id)]);
    const excluded = new Set([practice.ownerOrganizationId, ...interested]);
    const focus = [...focusByOrganization(workers.filter((w) => !excluded.has(w.organizationId)))];
    const organizations = await organizationLoader(context, this.dataSource).loadMany(focus.map(([id]) => id));
    const candidates = focus.map(([id, f], i) => {
      const organization = organizations[i];
      return { item: id, focus: f, stateCountry: organization && !(organization instanceof Error) ? organization.country : null };
    });
    return (await presentOrganizations(replicators(topics, candidates, first + 5), context, this.dataSource)).slice(0, first);
  }
}
