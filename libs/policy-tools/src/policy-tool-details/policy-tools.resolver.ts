import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { connectionFromRows, pageWindow, parseGlobalId } from '@pfp/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import { NotFoundError, ValidationError, type Actor } from '@pfp/kernel';
import { ID } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { POLICY_TOOL_ERRORS } from '../domain/errors';
import { mayEdit, PROFILE_KINDS } from '../domain/policy-tool';
import { PolicyTool, PolicyToolConnection, PolicyToolContent, PolicyToolDifferences, PolicyToolExample } from '../graphql-types';
import { editionDifferences } from '../policy-tool-differences/differences';
import type { PolicyToolDocument } from './policy-tool-details.projection';
import { CONTENT, mayReadTool, PolicyToolDirectory } from './policy-tool-directory';
import { editionView, exampleView, policyToolView } from './policy-tool.view';
import { MigrationProfilesArgs, PolicyToolsArgs } from './policy-tools.args';

const likeWords = (search: string | undefined): string[] | null => {
  const words = (search ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return words.length ? words : null;
};

const docOf = (tool: PolicyTool): PolicyToolDocument => tool.document as PolicyToolDocument;

@Resolver(() => PolicyTool)
export class PolicyToolsResolver {
  constructor(
    private readonly directory: PolicyToolDirectory,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => PolicyToolConnection, { description: 'The policy tools library: released tools, newest edition first, searched and filtered.' })
  async policyTools(@Args() args: PolicyToolsArgs, @CurrentActor() actor: Actor | null): Promise<PolicyToolConnection> {
    const { offset, limit } = pageWindow(args);
    const f = args.filter ?? {};
    const editable = f.editable ? (actor?.organizationId ?? '') : null;
    const params = [
      f.kinds?.length ? f.kinds : null,
      f.themes?.length ? f.themes : null,
      f.countries?.length ? f.countries : null,
      f.languages?.length ? f.languages : null,
      likeWords(args.search),
      editable,
    ];
    const where = `($1::text[] IS NULL OR kind = ANY($1::text[]))
      AND ($2::text[] IS NULL OR ${CONTENT} -> 'themes' ?| $2::text[]) AND ($3::text[] IS NULL OR ${CONTENT} -> 'countries' ?| $3::text[])
      AND ($4::text[] IS NULL OR ${CONTENT} -> 'languages' ?| $4::text[]) AND ($5::text[] IS NULL OR search_text ILIKE ALL ($5::text[]))
      AND (CASE WHEN $6::text IS NULL THEN status = 'RELEASED' ELSE (owner_organization_id = $6
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(doc -> 'contributors') c WHERE c ->> 'organizationId' = $6 AND c ->> 'role' <> 'FUNDER')) END)`;
    const [{ rows, total }, facets] = await Promise.all([
      this.directory.page(where, params, 'released_at DESC NULLS FIRST, title, id', offset, limit),
      this.directory.facets(where, params),
    ]);
    return {
      ...connectionFromRows(
        rows.map((r) => policyToolView(r.doc, r.revision)),
        total,
        offset,
      ),
      facets,
    };
  }

  @Query(() => PolicyTool, {
    nullable: true,
    description: 'A tool as its current edition stands, or as an earlier `edition` stood. A draft only its owner and editors read.',
  })
  async policyTool(
    @Args('id', { type: () => ID }) id: string,
    @Args('edition', { type: () => Int, nullable: true }) edition: number | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<PolicyTool | null> {
    parseGlobalId(id, 'policyTool');
    const row = await this.directory.get(id);
    if (!row || !mayReadTool(row, actor)) return null;
    if (edition !== null && edition !== undefined && !row.doc.editions.some((e) => e.number === edition))
      throw new NotFoundError(POLICY_TOOL_ERRORS.NO_SUCH_EDITION, `The tool has no edition ${edition}.`);
    return policyToolView(row.doc, row.revision, edition ?? null);
  }

  @Query(() => PolicyToolConnection, {
    description: 'The Migration Profiles Repository: released profiles by country (then newest year), filtered by region, country, kind and year.',
  })
  async migrationProfiles(@Args() args: MigrationProfilesArgs): Promise<PolicyToolConnection> {
    const { offset, limit } = pageWindow(args);
    const f = args.filter ?? {};
    if (f.kind && !PROFILE_KINDS.includes(f.kind))
      throw new ValidationError(POLICY_TOOL_ERRORS.INVALID, 'Migration profiles are of two kinds.', {
        'filter.kind': 'must be MIGRATION_PROFILE or EXTENDED_MIGRATION_PROFILE',
      });
    const params = [f.kind ? [f.kind] : [...PROFILE_KINDS], f.region ?? null, f.country ?? null, f.year ?? null];
    const where = `status = 'RELEASED' AND kind = ANY($1::text[]) AND ($2::text IS NULL OR doc -> 'regions' ? $2)
      AND ($3::text IS NULL OR ${CONTENT} -> 'countries' ? $3) AND ($4::int IS NULL OR year = $4)`;
    const { rows, total } = await this.directory.page(where, params, `(${CONTENT} -> 'countries' ->> 0), year DESC NULLS LAST, id`, offset, limit);
    return connectionFromRows(
      rows.map((r) => policyToolView(r.doc, r.revision)),
      total,
      offset,
    );
  }

  @ResolveField(() => Organization, { nullable: true })
  owner(@Parent() tool: PolicyTool, @Context() context: object): Promise<Organization | null> {
    return organizationLoader(context, this.dataSource).load(tool.ownerOrganizationId);
  }

  @ResolveField(() => PolicyToolContent, { nullable: true, description: 'The draft of the next edition: for the owner and the editors only.' })
  draft(@Parent() tool: PolicyTool, @CurrentActor() actor: Actor | null): PolicyToolContent | null {
    const doc = docOf(tool);
    return actor && mayEdit(doc, actor.organizationId) ? doc.draft : null;
  }

  @ResolveField(() => [PolicyToolExample], {
    description: 'Examples proposed for its sections: the accepted ones for everyone; all of them for the owner and editors; its own to a proposer.',
  })
  examples(@Parent() tool: PolicyTool, @CurrentActor() actor: Actor | null): PolicyToolExample[] {
    const doc = docOf(tool);
    const all = actor !== null && mayEdit(doc, actor.organizationId);
    return doc.examples
      .filter((e) => all || e.status === 'ACCEPTED' || (actor !== null && e.proposedBy === actor.organizationId))
      .map((e) => exampleView(e, doc.ownerOrganizationId));
  }

  @ResolveField(() => Int, { description: 'Proposed examples waiting for the owner (0 for other readers).' })
  pendingExamples(@Parent() tool: PolicyTool, @CurrentActor() actor: Actor | null): number {
    const doc = docOf(tool);
    return actor && mayEdit(doc, actor.organizationId) ? doc.examples.filter((e) => e.status === 'PROPOSED').length : 0;
  }

  @ResolveField(() => PolicyToolDifferences, {
    nullable: true,
    description:
      'What changed from edition `from` to edition `to` (default: the one before the current, and the current; null when there is only one edition).',
  })
  differences(
    @Parent() tool: PolicyTool,
    @Args('from', { type: () => Int, nullable: true }) from: number | null,
    @Args('to', { type: () => Int, nullable: true }) to: number | null,
  ): PolicyToolDifferences | null {
    const doc = docOf(tool);
    if ((from === null || from === undefined) && (to === null || to === undefined) && doc.editions.length < 2) return null;
    const later = to ?? doc.editions.length;
    const earlier = from ?? later - 1;
    const a = doc.editions.find((e) => e.number === earlier);
    const b = doc.editions.find((e) => e.number === later);
    if (!a || !b) {
      const fields: Record<string, string> = {};
      if (!a) fields.from = 'no such edition';
      if (!b) fields.to = 'no such edition';
      throw new ValidationError(POLICY_TOOL_ERRORS.NO_SUCH_EDITION, 'Compare two released editions.', fields);
    }
    return { from: editionView(a), to: editionView(b), ...editionDifferences(a, b) };
  }
}

@Resolver(() => PolicyToolExample)
export class PolicyToolExampleResolver {
  @ResolveField(() => String, { nullable: true, description: 'Why the owner declined it: for the owner and the proposer only.' })
  declineReason(@Parent() example: PolicyToolExample, @CurrentActor() actor: Actor | null): string | null {
    const mayRead = actor && (actor.organizationId === example.proposedBy || actor.organizationId === example.ownerOrganizationId);
    return mayRead ? example.reason : null;
  }
}
