import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import type { CoAuthor } from '../domain/co-authors';
import { PracticeReader } from '../shared/practice-reader';
import { PracticeNode } from '../shared/practice.types';
import { PracticeCoAuthor, presentCoAuthor } from './co-author.types';

/**
 * Which co-authors the viewer sees: everyone sees the accepted ones; the owner state and the
 * Support Unit also see invitations and declines; an invited organisation sees its own invitation.
 */
export function visibleCoAuthors(coAuthors: readonly CoAuthor[], practice: { ownerOrganizationId: string }, actor: Actor | null): CoAuthor[] {
  const all = actor && (actor.organizationId === practice.ownerOrganizationId || actor.organizationKind === 'SUPPORT_UNIT');
  return coAuthors.filter((c) => all || c.status === 'ACCEPTED' || c.organizationId === actor?.organizationId);
}

@Resolver(() => PracticeNode)
export class PracticeCoAuthorsResolver {
  constructor(private readonly reader: PracticeReader) {}

  @ResolveField(() => [PracticeCoAuthor], {
    description:
      'Partner organisations co-authoring it (ACCEPTED), earliest invited first; the owner and the Support Unit also see invitations and declines, an invited organisation its own invitation.',
  })
  async coAuthors(@Parent() practice: PracticeNode, @CurrentActor() actor: Actor | null): Promise<PracticeCoAuthor[]> {
    // a search result carries none: practice-details has them
    const entries = practice.coAuthorEntries ?? (await this.reader.current(practice.id))?.details.coAuthors ?? [];
    return visibleCoAuthors(entries, practice, actor).map(presentCoAuthor);
  }
}

@Resolver(() => PracticeCoAuthor)
export class PracticeCoAuthorResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() coAuthor: PracticeCoAuthor, @Context() context: object): Promise<Organization | null> {
    return organizationLoader(context, this.dataSource).load(coAuthor.organizationId);
  }
}
