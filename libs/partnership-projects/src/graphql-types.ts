import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GlobalIdField, graphqlEnum, Paginated } from '@pfp/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { CountriesField, ThemesField } from './shared/project-fields';
import {
  isInactive,
  PROJECT_ROLES,
  PROJECT_STATUSES,
  PROJECT_VISIBILITIES,
  type ProjectDetails,
  type ProjectRole as DomainProjectRole,
  type ProjectStatus as Status,
  type ProjectVisibility as DomainProjectVisibility,
} from './domain/partnership-project';
import { metricSeries } from './domain/metric-series';
import { ProjectTargetStatus, type ProjectStatusValue } from './project-targets/project-target.types';

export const ProjectStatus = graphqlEnum('PartnershipProjectStatus', PROJECT_STATUSES);
export type ProjectStatus = Status;

export const ProjectRole = graphqlEnum('ProjectRole', PROJECT_ROLES);
export type ProjectRole = DomainProjectRole;

export const ProjectVisibility = graphqlEnum('ProjectVisibility', PROJECT_VISIBILITIES, {
  description: 'PARTNERS: only the lead and the partners read the project and its live updates.',
});
export type ProjectVisibility = DomainProjectVisibility;

export const PROJECT_ORDERS = ['NEWEST', 'TITLE'] as const;
export const ProjectOrder = graphqlEnum('ProjectOrder', PROJECT_ORDERS, { description: 'NEWEST: launched last first; TITLE: by title.' });
export type ProjectOrder = (typeof PROJECT_ORDERS)[number];

@ObjectType()
export class ProjectPartner {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ProjectRole)
  role!: ProjectRole;

  @Field()
  since!: Date;
}

@ObjectType()
export class Milestone {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'ISO date.' })
  plannedOn!: string;

  @Field(() => String, { nullable: true })
  reachedOn!: string | null;
}

@ObjectType()
export class Metric {
  @Field()
  indicator!: string;

  @Field(() => Float, { description: 'What this update reports (new since the last report).' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'e.g. "people", "USD".' })
  unit!: string | null;
}

@ObjectType()
export class MetricPoint {
  @Field()
  at!: Date;

  @Field(() => Float, { description: 'What the update posted at `at` reported.' })
  value!: number;

  @Field(() => Float, { description: 'The running total up to and including this point.' })
  cumulative!: number;
}

@ObjectType({ description: 'One indicator (and unit) of a project over time, oldest point first.' })
export class MetricSeries {
  @Field()
  indicator!: string;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => [MetricPoint])
  points!: MetricPoint[];
}

@ObjectType({ description: 'A value an update reports against a target.' })
export class TargetProgress {
  @Field()
  targetId!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType()
export class ProjectUpdate {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => [Metric])
  metrics!: Metric[];

  @Field(() => String, { nullable: true, description: 'A YouTube or Vimeo link.' })
  videoUrl!: string | null;

  @Field(() => ID)
  organizationId!: string;

  @Field()
  postedAt!: Date;

  @Field(() => [TargetProgress], { description: 'The values it reports against the project’s targets.' })
  progress!: TargetProgress[];

  static from(u: ProjectDetails['updates'][number]): ProjectUpdate {
    return { ...u, progress: u.progress ?? [], metrics: u.metrics.map((m) => ({ ...m, unit: m.unit ?? null })), postedAt: new Date(u.postedAt) };
  }
}

@ObjectType()
export class PartnershipProject {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => [String])
  objectives!: string[];

  @Field(() => [String])
  themes!: string[];

  @Field(() => [String])
  countries!: string[];

  @Field(() => String, { nullable: true })
  startsOn!: string | null;

  @Field(() => String, { nullable: true })
  endsOn!: string | null;

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => ProjectVisibility)
  visibility!: ProjectVisibility;

  @Field(() => ID, { nullable: true, description: 'The call for action it was launched from.' })
  fromCallId!: string | null;

  @Field(() => ID)
  leadOrganizationId!: string;

  @Field(() => [ProjectPartner], { description: 'The lead first.' })
  partners!: ProjectPartner[];

  @Field(() => [Milestone])
  milestones!: Milestone[];

  @Field(() => [ProjectUpdate], { description: 'Newest first.' })
  updates!: ProjectUpdate[];

  @Field(() => [MetricSeries], { description: 'The figures of its updates over time, one series per indicator and unit.' })
  metricSeries!: MetricSeries[];

  @Field()
  launchedAt!: Date;

  @Field({ description: 'The last update (or the launch).' })
  lastActivityAt!: Date;

  @Field({ description: 'ACTIVE with no update for 12 months.' })
  inactive!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the lead and the partners were reminded that it had no update for 11 months; null unless reminded of the current quiet spell.',
  })
  quietReminderSentAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancellationReason!: string | null;

  @Field(() => Int)
  revision!: number;

  /** What the targets' field resolvers compute from (not in the schema). */
  source!: Pick<ProjectDetails, 'targets' | 'updates' | 'startsOn' | 'launchedAt'>;

  static from(status: Status, p: ProjectDetails, revision: number, now = new Date()): PartnershipProject {
    // the updates and their series grow with the project, and most answers select neither (a
    // mutation's revision, a list's titles): built when first read, once
    let updates: ProjectUpdate[] | undefined;
    let series: MetricSeries[] | undefined;
    return {
      ...p,
      status,
      leadOrganizationId: p.partners.find((x) => x.role === 'LEAD')!.organizationId,
      partners: p.partners.map((x) => ({ ...x, since: new Date(x.since) })),
      get updates() {
        return (updates ??= [...p.updates].reverse().map(ProjectUpdate.from));
      },
      get metricSeries() {
        return (series ??= metricSeries(p.updates).map((x) => ({ ...x, points: x.points.map((point) => ({ ...point, at: new Date(point.at) })) })));
      },
      launchedAt: new Date(p.launchedAt),
      lastActivityAt: new Date(p.updatedAt),
      inactive: isInactive(status, p.updatedAt, now),
      quietReminderSentAt: p.reminder && p.reminder.quietSince === p.updatedAt ? new Date(p.reminder.remindedAt) : null,
      endedAt: p.endedAt ? new Date(p.endedAt) : null,
      revision,
      source: { targets: p.targets ?? [], updates: p.updates, startsOn: p.startsOn, launchedAt: p.launchedAt },
    };
  }
}

@ObjectType()
export class PartnershipProjectConnection extends Paginated(PartnershipProject) {}

@ObjectType()
export class PartnershipProjectPayload {
  @Field(() => PartnershipProject)
  partnershipProject!: PartnershipProject;

  @Field(() => Int)
  revision!: number;
}

@InputType()
export class PartnershipProjectsFilter {
  @Field(() => ProjectStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;

  @ThemesField('Projects with any of these themes.')
  themes?: string[];

  @CountriesField('Projects in any of these countries (ISO 3166-1 alpha-3).')
  countries?: string[];

  @GlobalIdField('organization', { list: true, nullable: true, maxItems: 50, description: 'Projects any of these organisations leads or partners.' })
  organizations?: string[];

  @Field(() => ProjectTargetStatus, {
    nullable: true,
    description: 'Projects whose status from their targets is this one, as of now (NO_TARGETS: those without targets).',
  })
  @IsOptional()
  @IsEnum(ProjectTargetStatus)
  targetStatus?: ProjectStatusValue;
}
