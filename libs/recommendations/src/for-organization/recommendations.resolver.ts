import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, organizationLoader } from '@pfp/identity';
import { UnauthenticatedError, type Actor } from '@pfp/kernel';
import { regionCodesOfCountries } from '@pfp/taxonomy';
import { DataSource } from 'typeorm';
import { focusByOrganization, focusOf, rank } from '../domain/ranking';
import { FirstArgs, reasonView, RecommendationsView } from '../graphql-types';
import { presentOrganizations } from '../shared/present-organizations';
import { WorkReader } from '../shared/work-reader';

@Resolver(() => RecommendationsView)
export class RecommendationsResolver {
  constructor(
    private readonly work: WorkReader,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => RecommendationsView, {
    description:
      'What the signed-in organisation may want to see: open calls, published practices and organisations that share its themes and countries, each with the reason; its own never. Visitors are refused (UNAUTHENTICATED).',
  })
  async recommendations(@Args() { first }: FirstArgs, @CurrentActor() actor: Actor | null, @Context() context: object): Promise<RecommendationsView> {
    if (!actor) throw new UnauthenticatedError('Sign in to see recommendations for your organisation.');
    const me = actor.organizationId;
    const organization = await organizationLoader(context, this.dataSource).load(me);
    const country = organization?.country ?? actor.country ?? null;
    const own = { themes: [], countries: country ? [country] : [], regions: country ? regionCodesOfCountries([country]) : [] };
    const basis = focusOf(await this.work.workOf(me), own);
    const [calls, practices, workers] = await Promise.all([
      this.work.openCallsOn(basis.themes, me),
      this.work.practicesOn(basis.themes, { owner: me }),
      this.work.workOn(basis.themes),
    ]);
    const rankedCalls = rank(
      basis,
      calls.map((c) => ({ item: c.id, topics: c.topics })),
      first,
    );
    const rankedPractices = rank(
      basis,
      practices.map((p) => ({ item: p.id, topics: p.topics })),
      first,
    );
    const others = [...focusByOrganization(workers.filter((w) => w.organizationId !== me))].map(([id, topics]) => ({ item: id, topics }));
    // a few more than asked: a deactivated organisation or the Support Unit drops out after ranking
    const rankedOrganizations = rank(basis, others, first + 5);
    const [callNodes, practiceNodes, organizations] = await Promise.all([
      this.work.calls(rankedCalls.map((r) => r.item)),
      this.work.practices(rankedPractices.map((r) => r.item)),
      presentOrganizations(rankedOrganizations, context, this.dataSource),
    ]);
    return {
      worksOn: reasonView(basis),
      callsForAction: rankedCalls.flatMap((r) => {
        const call = callNodes.get(r.item);
        return call ? [{ callForAction: call, reason: reasonView(r.reason), score: r.score }] : [];
      }),
      practices: rankedPractices.flatMap((r) => {
        const practice = practiceNodes.get(r.item);
        return practice ? [{ practice, reason: reasonView(r.reason), score: r.score }] : [];
      }),
      organizations: organizations.slice(0, first),
    };
  }
}
