import { Inject } from '@nestjs/common';
import { Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { figuresOnce, PlatformStats } from '@pfp/contributions';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { DataSource } from 'typeorm';
import { PROJECT_TARGET_STATUSES, projectTargetStatus } from '../domain/targets';
import type { ProjectDocument } from '../project-details/project-details.projection';
import { ProjectTargetStatus, type ProjectStatusValue } from '../project-targets/project-target.types';
import { targetsOf } from '../project-targets/project-targets.resolver';

@ObjectType({ description: 'How many active public projects have this status from their targets.' })
export class TargetStatusCount {
  @Field(() => ProjectTargetStatus)
  status!: ProjectStatusValue;

  @Field(() => Int)
  count!: number;
}

interface ProjectFigures {
  activeProjects: number;
  inactiveProjects: number;
  updatesLast30Days: number;
}

/** The projects' figures of PlatformStats: public projects only, from partnership_projects and project_updates. */
@Resolver(() => PlatformStats)
export class ProjectFiguresResolver {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => [TargetStatusCount], { description: 'The active public projects by their status from their targets as of now, every status listed (issue 18).' })
  async projectsByTargetStatus(@Parent() stats: PlatformStats): Promise<TargetStatusCount[]> {
    return figuresOnce(stats, 'project-targets', async () => {
      const rows: Array<{ doc: ProjectDocument }> = await this.dataSource.query(
        `SELECT doc FROM partnership_projects WHERE status = 'ACTIVE' AND readers IS NULL`,
      );
      const now = this.clock.now();
      const counts = new Map<ProjectStatusValue, number>(PROJECT_TARGET_STATUSES.map((s) => [s, 0]));
      for (const { doc } of rows) {
        const status = projectTargetStatus(targetsOf(doc, now).map((t) => t.status));
        counts.set(status, counts.get(status)! + 1);
      }
      return [...counts].map(([status, count]) => ({ status, count }));
    });
  }

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
