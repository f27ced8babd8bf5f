import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { canSeeWorkingCopy } from '../domain/policies';
import { PracticeNode } from '../shared/practice.types';

const loaders = new WeakMap<object, DataLoader<string, string[]>>();

/** The interested organisations' ids of each practice, one query for all the practices of a request. */
function interestLoader(context: object, dataSource: DataSource): DataLoader<string, string[]> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader<string, string[]>(
      async (ids) => {
        const rows: Array<{ id: string; organization_ids: string[] }> = await dataSource.query(
          `SELECT id, organization_ids FROM practice_interest WHERE id = ANY($1::text[])`,
          [[...ids]],
        );
        const byId = new Map(rows.map((r) => [r.id, r.organization_ids]));
        return ids.map((id) => byId.get(id) ?? []);
      },
      { cache: 'req' in context },
    );
    loaders.set(context, loader);
  }
  return loader;
}

/** Interest in replicating a practice: whether the viewer's organisation said so, and for the owner and the Support Unit, who did. */
@Resolver(() => PracticeNode)
export class PracticeInterestResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Boolean, { description: 'True when the viewer’s organisation has said it is interested in replicating this practice.' })
  async viewerInterested(@Parent() practice: PracticeNode, @CurrentActor() actor: Actor | null, @Context() context: object): Promise<boolean> {
    if (!actor) return false;
    return (await interestLoader(context, this.dataSource).load(practice.id)).includes(actor.organizationId);
  }

  @ResolveField(() => [Organization], {
    nullable: true,
    description: 'The organisations interested in replicating it, earliest first: the owner and the Support Unit only (null for others).',
  })
  async interestedOrganizations(
    @Parent() practice: PracticeNode,
    @CurrentActor() actor: Actor | null,
    @Context() context: object,
  ): Promise<Organization[] | null> {
    if (!canSeeWorkingCopy(actor, practice)) return null;
    const ids = await interestLoader(context, this.dataSource).load(practice.id);
    const organizations = await organizationLoader(context, this.dataSource).loadMany(ids);
    return organizations.filter((o): o is Organization => o !== null && !(o instanceof Error));
  }
}
