import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, connectionFromRows, pageWindow } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { IsEnum, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { PRACTICE_STATUSES } from '../domain/practice';
import type { PracticeDetails } from '../practice-details/practice-details.projection';
import { PracticeConnection, PracticeNode, PracticeStatus, presentPractice } from '../shared/practice.types';

@ArgsType()
export class PracticeWorklistArgs extends ConnectionArgs {
  @Field(() => [PracticeStatus], { nullable: true, description: 'Default: every status but ARCHIVED; for the Support Unit, IN_REVIEW.' })
  @IsOptional()
  @IsEnum(PracticeStatus, { each: true })
  statuses?: PracticeStatus[];
}

/**
 * The practices a signed-in account works on, most recently changed first: its own
 * organisation's (drafts, in review, changes requested with the reason, published), or,
 * for the Support Unit, every organisation's (its review queue by default).
 */
@Resolver(() => PracticeNode)
export class PracticeWorklistResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => PracticeConnection, {
    description:
      "The viewer's working list: its organisation's practices in any status, or for the Support Unit every organisation's (by default those in review). Signed-in accounts only.",
  })
  async practiceWorklist(@Args() args: PracticeWorklistArgs, @CurrentActor() viewer: Actor | null): Promise<PracticeConnection> {
    const actor = authorizeActor(signedIn, viewer, null);
    const supportUnit = actor.organizationKind === 'SUPPORT_UNIT';
    const statuses = args.statuses ?? (supportUnit ? [PracticeStatus.IN_REVIEW] : PRACTICE_STATUSES.filter((s) => s !== PracticeStatus.ARCHIVED));
    const { offset, limit } = pageWindow(args);
    const scope = supportUnit ? '' : 'AND owner_organization_id = $2';
    const params: unknown[] = supportUnit ? [statuses] : [statuses, actor.organizationId];
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM practice_details WHERE status = ANY($1) ${scope}`, params);
    const rows: { doc: PracticeDetails; revision: number }[] = await this.dataSource.query(
      `SELECT doc, revision FROM practice_details WHERE status = ANY($1) ${scope}
       ORDER BY updated_at DESC, id LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    const nodes = rows.map((r) => presentPractice(r.doc, r.revision, actor)).filter((p): p is PracticeNode => p !== null);
    return { ...connectionFromRows(nodes, n, offset), facets: EMPTY_FACETS };
  }
}

/** A working list is not a search: no facets. */
const EMPTY_FACETS: PracticeConnection['facets'] = { theme: [], gcmObjective: [], region: [], country: [], owner: [], implementationStatus: [] };
