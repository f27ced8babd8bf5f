import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { figuresOnce, PlatformStats } from '@pfp/contributions';
import { DataSource } from 'typeorm';

interface CallFigures {
  callsForAction: number;
  callsConvertedToProjects: number;
}

/** The calls' figures of PlatformStats, from calls_for_action. */
@Resolver(() => PlatformStats)
export class CallFiguresResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Int)
  async callsForAction(@Parent() stats: PlatformStats): Promise<number> {
    return (await this.figures(stats)).callsForAction;
  }

  @ResolveField(() => Int)
  async callsConvertedToProjects(@Parent() stats: PlatformStats): Promise<number> {
    return (await this.figures(stats)).callsConvertedToProjects;
  }

  private figures(stats: PlatformStats): Promise<CallFigures> {
    return figuresOnce(stats, 'calls', async () => {
      const [row] = await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE status <> 'PENDING')::int AS "callsForAction", count(*) FILTER (WHERE status = 'CONVERTED')::int AS "callsConvertedToProjects"
         FROM calls_for_action`,
      );
      return row as CallFigures;
    });
  }
}
