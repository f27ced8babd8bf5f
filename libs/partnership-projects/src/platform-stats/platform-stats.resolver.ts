import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

@ObjectType()
export class PlatformStats {
  @Field(() => Int, { description: 'Practices published (a revision in review still counts).' })
  practicesPublished!: number;

  @Field(() => Int, { description: 'States with at least one published practice.' })
  statesSharingPractices!: number;

  @Field(() => Int)
  callsForAction!: number;

  @Field(() => Int)
  callsConvertedToProjects!: number;

  @Field(() => Int)
  activeProjects!: number;

  @Field(() => Int, { description: 'ACTIVE with no update for 12 months.' })
  inactiveProjects!: number;

  @Field(() => Int)
  updatesLast30Days!: number;
}

/** The platform's figures, from the read models (practices only where the practices context is installed). */
@Resolver()
export class PlatformStatsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => PlatformStats)
  async platformStats(): Promise<PlatformStats> {
    const [row] = await this.dataSource.query(`
      SELECT
        (SELECT count(*) FROM calls_for_action WHERE status <> 'PENDING')::int AS "callsForAction",
        (SELECT count(*) FROM calls_for_action WHERE status = 'CONVERTED')::int AS "callsConvertedToProjects",
        (SELECT count(*) FROM partnership_projects WHERE status = 'ACTIVE' AND readers IS NULL AND last_activity_at > now() - interval '12 months')::int AS "activeProjects",
        (SELECT count(*) FROM partnership_projects WHERE status = 'ACTIVE' AND readers IS NULL AND last_activity_at <= now() - interval '12 months')::int AS "inactiveProjects",
        (SELECT count(*) FROM project_updates u JOIN partnership_projects p ON p.id = u.project_id
          WHERE p.readers IS NULL AND u.posted_at > now() - interval '30 days')::int AS "updatesLast30Days",
        to_regclass('practice_details') IS NOT NULL AS "hasPractices"`);
    let practices = { practicesPublished: 0, statesSharingPractices: 0 };
    if (row.hasPractices) {
      [practices] = await this.dataSource.query(
        `SELECT count(*)::int AS "practicesPublished", count(DISTINCT owner_organization_id)::int AS "statesSharingPractices"
         FROM practice_details WHERE published_at IS NOT NULL AND status <> 'ARCHIVED'`,
      );
    }
    const { hasPractices: _, ...rest } = row;
    return { ...rest, ...practices };
  }
}
