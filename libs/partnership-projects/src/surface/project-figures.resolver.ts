import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { figuresOnce, PlatformStats } from '@pfp/contributions';
import { DataSource } from 'typeorm';

interface ProjectFigures {
  activeProjects: number;
  inactiveProjects: number;
  updatesLast30Days: number;
}

/** The projects' figures of PlatformStats: public projects only, from partnership_projects and project_updates. */
@Resolver(() => PlatformStats)
export class ProjectFiguresResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Int)
  async activeProjects(@Parent() stats: PlatformStats): Promise<number> {
    return (await this.figures(stats)).activeProjects;
  }

  @ResolveField(() => Int, { description: 'ACTIVE with no update for 12 months.' })
  async inactiveProjects(@Parent() stats: PlatformStats): Promise<number> {
    return (await this.figures(stats)).inactiveProjects;
  }

  @ResolveField(() => Int)
  async updatesLast30Days(@Parent() stats: PlatformStats): Promise<number> {
    return (await this.figures(stats)).updatesLast30Days;
  }

  private figures(stats: PlatformStats): Promise<ProjectFigures> {
    return figuresOnce(stats, 'projects', async () => {
      const [row] = await this.dataSource.query(`
        SELECT
          (SELECT count(*) FROM partnership_projects WHERE status = 'ACTIVE' AND readers IS NULL AND last_activity_at > now() - interval '12 months')::int AS "activeProjects",
          (SELECT count(*) FROM partnership_projects WHERE status = 'ACTIVE' AND readers IS NULL AND last_activity_at <= now() - interval '12 months')::int AS "inactiveProjects",
          (SELECT count(*) FROM project_updates u JOIN partnership_projects p ON p.id = u.project_id
            WHERE p.readers IS NULL AND u.posted_at > now() - interval '30 days')::int AS "updatesLast30Days"`);
      return row as ProjectFigures;
    });
  }
}
