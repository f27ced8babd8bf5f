import { Args, ArgsType, Context, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, connectionFromRows, pageWindow, parseGlobalId } from '@pfp/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { PartnershipProject, PartnershipProjectConnection, PartnershipProjectsFilter, ProjectPartner } from '../graphql-types';
import type { ProjectRow } from './project-details.projection';

@ArgsType()
class PartnershipProjectsArgs extends ConnectionArgs {
  @Field(() => PartnershipProjectsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipProjectsFilter)
  filter?: PartnershipProjectsFilter;
}

@Resolver(() => PartnershipProject)
export class ProjectsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => PartnershipProjectConnection, { description: 'The projects the viewer may read, newest first.' })
  async partnershipProjects(@Args() args: PartnershipProjectsArgs, @CurrentActor() actor: Actor | null): Promise<PartnershipProjectConnection> {
    const { offset, limit } = pageWindow(args);
    const where = `(readers IS NULL OR $1::text = ANY(readers)) AND ($2::text IS NULL OR status = $2)`;
    const params = [actor?.organizationId ?? null, args.filter?.status ?? null];
    const rows: ProjectRow[] = await this.dataSource.query(
      `SELECT status, doc, revision FROM partnership_projects WHERE ${where} ORDER BY launched_at DESC, id LIMIT $3 OFFSET $4`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM partnership_projects WHERE ${where}`, params);
    const now = new Date();
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
    return rows[0] ? PartnershipProject.from(rows[0].status, rows[0].doc, rows[0].revision) : null;
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
