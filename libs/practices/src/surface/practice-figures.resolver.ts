import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { figuresOnce, PlatformStats } from '@pfp/contributions';
import { DataSource } from 'typeorm';

interface PracticeFigures {
  practicesPublished: number;
  statesSharingPractices: number;
}

/** The practices' figures of PlatformStats, from practice_details. */
@Resolver(() => PlatformStats)
export class PracticeFiguresResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Int, { description: 'Practices published (a revision in review still counts).' })
  async practicesPublished(@Parent() stats: PlatformStats): Promise<number> {
    return (await this.figures(stats)).practicesPublished;
  }

  @ResolveField(() => Int, { description: 'States with at least one published practice.' })
  async statesSharingPractices(@Parent() stats: PlatformStats): Promise<number> {
    return (await this.figures(stats)).statesSharingPractices;
  }

  private figures(stats: PlatformStats): Promise<PracticeFigures> {
    return figuresOnce(stats, 'practices', async () => {
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS "practicesPublished", count(DISTINCT owner_organization_id)::int AS "statesSharingPractices"
         FROM practice_details WHERE published_at IS NOT NULL AND status <> 'ARCHIVED'`,
      );
      return row as PracticeFigures;
    });
  }
}
