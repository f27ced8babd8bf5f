import { organizationLoader } from '@pfp/identity';
import type { DataSource } from 'typeorm';
import type { Ranked } from '../domain/ranking';
import { reasonView, type RecommendedOrganization } from '../graphql-types';

/** Other active organisations of `ranked`, presented, in order (a deactivated one, the Support Unit and unknown ids left out). */
export async function presentOrganizations(ranked: ReadonlyArray<Ranked<string>>, context: object, dataSource: DataSource): Promise<RecommendedOrganization[]> {
  const organizations = await organizationLoader(context, dataSource).loadMany(ranked.map((r) => r.item));
  return ranked.flatMap((r, i) => {
    const organization = organizations[i];
    if (!organization || organization instanceof Error || !organization.active || organization.kind === 'SUPPORT_UNIT') return [];
    return [{ organization, reason: reasonView(r.reason), score: r.score }];
  });
}
