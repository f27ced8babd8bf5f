import { Args, ArgsType, Context, Field, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, connectionFromRows, pageWindow, parseGlobalId, Text } from '@pfp/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { Moderation } from '@pfp/contributions';
import { CallForAction, CallForActionConnection, CallOrder, CallPoster, CallResponseType, CallsForActionFilter } from '../graphql-types';
import type { CallRow } from './call-details.projection';

@ArgsType()
class CallsForActionArgs extends ConnectionArgs {
  @Field(() => CallsForActionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CallsForActionFilter)
  filter?: CallsForActionFilter;

  @Field({ nullable: true, description: 'Words of the title or description, all of them.' })
  @IsOptional()
  @Text({ max: 200 })
  search?: string;

  @Field(() => CallOrder, { nullable: true, defaultValue: CallOrder.NEWEST })
  @IsOptional()
  @IsEnum(CallOrder)
  orderBy?: CallOrder;
}

const ORDER: Record<CallOrder, string> = {
  NEWEST: 'posted_at DESC, id',
  DEADLINE: 'deadline ASC NULLS LAST, posted_at DESC, id',
};

/** The WHERE of a listing and its parameters ($1...). */
function listWhere(args: CallsForActionArgs): { where: string; params: unknown[] } {
  const f = args.filter ?? {};
  const words = (args.search ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const params = [f.status ?? null, f.kind ?? null, f.themes?.length ? f.themes : null, f.countries?.length ? f.countries : null];
  params.push(f.organizations?.length ? f.organizations : null, words.length ? words : null);
  const where = `($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2)
    AND ($3::text[] IS NULL OR doc->'themes' ?| $3::text[]) AND ($4::text[] IS NULL OR doc->'countries' ?| $4::text[])
    AND ($5::text[] IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(doc->'posters') p WHERE p->>'organizationId' = ANY($5::text[])))
    AND ($6::text[] IS NULL OR (title || ' ' || (doc->>'description')) ILIKE ALL ($6::text[]))`;
  return { where, params };
}

@Resolver(() => CallForAction)
export class CallsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moderation: Moderation,
  ) {}

  @Query(() => CallForActionConnection, { description: 'Calls for action, newest first (or by deadline), searched and filtered.' })
  async callsForAction(@Args() args: CallsForActionArgs): Promise<CallForActionConnection> {
    const { offset, limit } = pageWindow(args);
    const filter = listWhere(args);
    // what the Support Unit hid leaves the list (issue 14)
    const params = [...filter.params, await this.moderation.hiddenOf('callForAction')];
    const where = `${filter.where} AND id <> ALL($${params.length}::text[])`;
    const n = params.length;
    const rows: CallRow[] = await this.dataSource.query(
      `SELECT doc, revision FROM calls_for_action WHERE ${where} ORDER BY ${ORDER[args.orderBy ?? 'NEWEST']} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, limit, offset],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM calls_for_action WHERE ${where}`, params);
    return connectionFromRows(
      rows.map((r) => CallForAction.from(r.doc.status, r.doc, r.revision)),
      total,
      offset,
    );
  }

  @Query(() => CallForAction, { nullable: true })
  async callForAction(@Args('id', { type: () => ID }) id: string): Promise<CallForAction | null> {
    parseGlobalId(id, 'callForAction');
    const rows: CallRow[] = await this.dataSource.query(`SELECT doc, revision FROM calls_for_action WHERE id = $1`, [id]);
    if (!rows[0] || (await this.moderation.isHidden(id))) return null;
    return CallForAction.from(rows[0].doc.status, rows[0].doc, rows[0].revision);
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

  @ResolveField(() => String, { nullable: true, description: 'Why the posters declined it: for the posters and the responder only.' })
  declineReason(@Parent() response: CallResponseType, @CurrentActor() actor: Actor | null): string | null {
    const mayRead = actor && (actor.organizationId === response.organizationId || response.posterIds.includes(actor.organizationId));
    return mayRead ? response.declineReason : null;
  }
}
