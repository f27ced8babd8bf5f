import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@pfp/identity';
import type { Actor } from '@pfp/kernel';
import { mentionedNames, mentionsOf } from '../domain/guards';
import { DiscussionSubjects } from './subjects';

/**
 * The organisations a comment mentions (README "Mentions"): `@[name]` by its full name or the
 * short name in parentheses at its end (`@[ICMC]`), any case, or `@organization-<uuid>`. Only
 * active organisations that may read the subject count, never the author's own: each is then
 * told of the comment in its members' feeds, by mail and live (the discussion subject's
 * addressees). Read here, by the use case, and passed in the command.
 */
@Injectable()
export class Mentions {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly subjects: DiscussionSubjects,
  ) {}

  async of(body: string, subjectId: string, author: Actor): Promise<string[]> {
    const [named, byId] = await Promise.all([
      this.organizations.findByNames(mentionedNames(body)),
      this.organizations.kindsOf(mentionsOf(body)),
    ]);
    const candidates = new Map(named.map((o) => [o.id, o.kind]));
    for (const [id, listing] of byId) if (listing.active) candidates.set(id, listing.kind);
    candidates.delete(author.organizationId);
    const mentioned: string[] = [];
    for (const [organizationId, organizationKind] of candidates) {
      if (await this.subjects.mayRead(subjectId, { accountId: '', organizationId, organizationKind, role: 'MEMBER' })) mentioned.push(organizationId);
    }
    return mentioned;
  }
}
