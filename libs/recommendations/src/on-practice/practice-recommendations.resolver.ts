import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { organizationLoader } from '@pfp/identity';
import { ValidationError } from '@pfp/kernel';
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

/** How many practices of one request may ask for recommendations: each costs a few indexed statements, so a list of 100 may not. */
export const PRACTICES_PER_REQUEST = 5;
const asked = new WeakMap<object, Map<string, Set<string>>>();

/** Refuses the field on a sixth practice of the same request (a practice page asks for one). */
function withinBudget(context: object, field: string, practiceId: string): void {
  const fields = asked.get(context) ?? new Map<string, Set<string>>();
  asked.set(context, fields);
  const ids = fields.get(field) ?? new Set<string>();
  fields.set(field, ids.add(practiceId));
  if (ids.size > PRACTICES_PER_REQUEST)
    throw new ValidationError('RECOMMENDATIONS.TOO_MANY_PRACTICES', `${field} is for at most ${PRACTICES_PER_REQUEST} practices a request.`, {
      [field]: `at most ${PRACTICES_PER_REQUEST} practices a request`,
    });
}

/** On a practice's page: practices like it, and who could take it up elsewhere. Public: both read only what everyone may see. */
@Resolver(() => PracticeNode)
export class PracticeRecommendationsResolver {
  constructor(
    private readonly work: WorkReader,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => [RecommendedPractice], {
    description:
      'At most 5 practices of a request (RECOMMENDATIONS.TOO_MANY_PRACTICES beyond). Other published practices sharing its themes (GCM objectives and SDG targets among them), ranked by the themes, then the countries or regions they share.',
  })
  async similarPractices(@Parent() practice: PracticeNode, @Args() { first }: FirstArgs, @Context() context: object): Promise<RecommendedPractice[]> {
    withinBudget(context, 'similarPractices', practice.id);
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
      'At most 5 practices of a request. Organisations working on its themes in other countries (a state whose country the practice covers is left out), neither its owner nor any that already said they are interested in replicating it; the reason names the shared themes and where the organisation works.',
  })
  async organizationsThatCouldReplicate(
    @Parent() practice: PracticeNode,
    @Args() { first }: FirstArgs,
    @Context() context: object,
  ): Promise<RecommendedOrganization[]> {
    withinBudget(context, 'organizationsThatCouldReplicate', practice.id);
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
