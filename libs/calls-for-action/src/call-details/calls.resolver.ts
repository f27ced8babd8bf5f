import { Args, ArgsType, Context, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, connectionFromRows, pageWindow, parseGlobalId } from '@pfp/graphql';
import { Organization, organizationLoader } from '@pfp/identity';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { CallForAction, CallForActionConnection, CallPoster, CallResponseType, CallsForActionFilter } from '../graphql-types';
import type { CallRow } from './call-details.projection';

@ArgsType()
class CallsForActionArgs extends ConnectionArgs {
  @Field(() => CallsForActionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CallsForActionFilter)
  filter?: CallsForActionFilter;
}

@Resolver(() => CallForAction)
export class CallsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => CallForActionConnection, { description: 'Calls for action, newest first.' })
  async callsForAction(@Args() args: CallsForActionArgs): Promise<CallForActionConnection> {
    const { offset, limit } = pageWindow(args);
    const where = `($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2)`;
    const params = [args.filter?.status ?? null, args.filter?.kind ?? null];
    const rows: CallRow[] = await this.dataSource.query(
      `SELECT doc, revision FROM calls_for_action WHERE ${where} ORDER BY posted_at DESC, id LIMIT $3 OFFSET $4`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM calls_for_action WHERE ${where}`, params);
    return connectionFromRows(
      rows.map((r) => CallForAction.from(r.doc.status, r.doc, r.revision)),
      n,
      offset,
    );
  }

  @Query(() => CallForAction, { nullable: true })
  async callForAction(@Args('id', { type: () => ID }) id: string): Promise<CallForAction | null> {
    parseGlobalId(id, 'callForAction');
    const rows: CallRow[] = await this.dataSource.query(`SELECT doc, revision FROM calls_for_action WHERE id = $1`, [id]);
    return rows[0] ? CallForAction.from(rows[0].doc.status, rows[0].doc, rows[0].revision) : null;
  }
}

@Resolver(() => CallPoster)
export class CallPosterResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() poster: CallPoster, @Context() context: object): Promise<Organization | null> {
    return organizationLoader(context, this.dataSource).load(poster.organizationId);
  }
}

@Resolver(() => CallResponseType)
export class CallResponseResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() response: CallResponseType, @Context() context: object): Promise<Organization | null> {
    return organizationLoader(context, this.dataSource).load(response.organizationId);
  }
}
