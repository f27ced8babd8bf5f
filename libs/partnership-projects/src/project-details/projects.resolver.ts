import { Inject } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Moderation } from '@pfp/contributions';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { ConnectionArgs, connectionFromRows, pageWindow, parseGlobalId, Text } from '@pfp/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { PartnershipProject, PartnershipProjectConnection, PartnershipProjectsFilter, ProjectOrder, ProjectPartner } from '../graphql-types';
import { projectTargetStatus } from '../domain/targets';
import { targetsOf } from '../project-targets/project-targets.resolver';
import type { ProjectRow } from './project-details.projection';

/** How many projects a filter on the target status judges at most (it reads them whole). */
const MAX_JUDGED = 5000;

@ArgsType()
class PartnershipProjectsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words the title or the summary holds (each of them, any case).' })
  @IsOptional()
  @Text({ max: 200 })
  search?: string | null;

  @Field(() => PartnershipProjectsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipProjectsFilter)
  filter?: PartnershipProjectsFilter;

  @Field(() => ProjectOrder, { nullable: true, defaultValue: ProjectOrder.NEWEST })
  @IsOptional()
  @IsEnum(ProjectOrder)
  orderBy?: ProjectOrder | null;
}

const likePattern = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE clause of the list and its parameters ($1 is the viewer's organisation). */
function listFilter(args: PartnershipProjectsArgs, organizationId: string | null): { where: string; params: unknown[] } {
  const words = (args.search ?? '').split(/\s+/).filter(Boolean).map(likePattern);
  const f = args.filter;
  const list = (values: string[] | undefined) => (values && values.length ? values : null);
  const where = [
    `(readers IS NULL OR $1::text = ANY(readers))`,
    `($2::text IS NULL OR status = $2)`,
    `($3::text[] IS NULL OR doc->'themes' ?| $3::text[])`,
    `($4::text[] IS NULL OR doc->'countries' ?| $4::text[])`,
    `($5::text[] IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(doc->'partners') p WHERE p->>'organizationId' = ANY($5::text[])))`,
    `(SELECT bool_and(title ILIKE w OR doc->>'summary' ILIKE w) FROM unnest($6::text[]) w) IS NOT FALSE`,
  ].join(' AND ');
  return { where, params: [organizationId, f?.status ?? null, list(f?.themes), list(f?.countries), list(f?.organizations), words] };
}

@Resolver(() => PartnershipProject)
export class ProjectsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => PartnershipProjectConnection, { description: 'The projects the viewer may read: searched, filtered, newest first or by title.' })
  async partnershipProjects(@Args() args: PartnershipProjectsArgs, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectConnection> {
    const { offset, limit } = pageWindow(args);
    const filter = listFilter(args, actor?.organizationId ?? null);
    // what the Support Unit hid leaves the list (issue 14): $7 and $8 stay the page's
    const params = [...filter.params, await this.moderation.hiddenOf('project')];
    const where = `${filter.where} AND id <> ALL($9::text[])`;
    const order = args.orderBy === 'TITLE' ? `lower(title), id` : `launched_at DESC, id`;
    const now = this.clock.now();
    const wanted = args.filter?.targetStatus;
    if (wanted) {
      // the status moves with the clock, so it is no column: the filtered rows are read whole and judged as of now
      const all: ProjectRow[] = await this.dataSource.query(
        `SELECT status, doc, revision FROM partnership_projects WHERE ${where} AND ($10::boolean OR jsonb_array_length(COALESCE(doc->'targets', '[]')) > 0) ORDER BY ${order} LIMIT $7 OFFSET $8`,
        [...params.slice(0, 6), MAX_JUDGED, 0, params[6], wanted === 'NO_TARGETS'],
      );
      const kept = all.filter((r) => projectTargetStatus(targetsOf(r.doc, now).map((t) => t.status)) === wanted);
      return connectionFromRows(
        kept.slice(offset, offset + limit).map((r) => PartnershipProject.from(r.status, r.doc, r.revision, now)),
        kept.length,
        offset,
      );
    }
    const rows: ProjectRow[] = await this.dataSource.query(
      `SELECT status, doc, revision FROM partnership_projects WHERE ${where} ORDER BY ${order} LIMIT $7 OFFSET $8`,
      [...params.slice(0, 6), limit, offset, params[6]],
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM partnership_projects WHERE ${filter.where} AND id <> ALL($7::text[])`, params);
    return connectionFromRows(
      rows.map((r) => PartnershipProject.from(r.status, r.doc, r.revision, now)),
      n,
      offset,
    );
  }

  @Query(() => PartnershipProject, { nullable: true, description: 'Null when it does not exist or the viewer may not read it.' })
  async partnershipProject(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null): Promise<PartnershipProject | null> {
    parseGlobalId(id, 'project');
    const rows: ProjectRow[] = await this.dataSource.query(
      `SELECT status, doc, revision FROM partnership_projects WHERE id = $1 AND (readers IS NULL OR $2::text = ANY(readers))`,
      [id, actor?.organizationId ?? null],
    );
    if (!rows[0] || (await this.moderation.isHidden(id))) return null;
    return PartnershipProject.from(rows[0].status, rows[0].doc, rows[0].revision, this.clock.now());
  }
}

@Resolver(() => ProjectPartner)
export class ProjectPartnerResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() partner: ProjectPartner, @Context() context: object): Promise<Organization | null> {
    return organizationLoader(context, this.dataSource).load(partner.organizationId);
  }
}
