import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { categoryOf, Contributions, Moderation } from '@pfp/contributions';
import { AggregateReader } from '@pfp/event-sourcing';
import { Follows, followsStreamOf, loadFollows } from '@pfp/follows';
import { ConflictError, NotFoundError, type Actor } from '@pfp/kernel';
import { CONVERSATION_CATEGORY } from '../domain/conversation';
import { DISCUSSION_CATEGORY } from '../domain/discussion';
import { ITEM_MODERATION_CATEGORY } from '../domain/published-item';

const OWN = new Set([DISCUSSION_CATEGORY, CONVERSATION_CATEGORY, ITEM_MODERATION_CATEGORY]);

/**
 * What can be discussed: any subject another context registered as followable (practices,
 * calls, projects, policy tools once that context registers), that the actor may read. A new
 * context plugs in by registering its subject; nothing here names it.
 */
@Injectable()
export class DiscussionSubjects {
  constructor(
    private readonly contributions: Contributions,
    private readonly commandBus: CommandBus,
    private readonly reader: AggregateReader,
    private readonly moderation: Moderation,
  ) {}

  async requireReadable(subjectId: string, actor: Actor | null, field = 'subjectId'): Promise<void> {
    const category = categoryOf(subjectId);
    const subject = category && !OWN.has(category) ? this.contributions.subjectOf(subjectId) : null;
    const anonymous: Actor = { accountId: '', organizationId: '', organizationKind: 'STATE', role: 'MEMBER' };
    if (!subject || !(await subject.mayFollow(subjectId, actor ?? anonymous)))
      throw new NotFoundError('DISCUSSION.SUBJECT_NOT_FOUND', `There is nothing with this ${field} that you may discuss.`);
    // a subject the Support Unit hid is not discussed (nor reported again) but by the Support Unit
    if (actor?.organizationKind !== 'SUPPORT_UNIT' && (await this.moderation.isHidden(subjectId)))
      throw new NotFoundError('DISCUSSION.SUBJECT_NOT_FOUND', `There is nothing with this ${field} that you may discuss.`);
  }

  /** Whether `actor` (or an organisation, as a member without account) may read the subject and so its discussion. */
  async mayRead(subjectId: string, actor: Actor): Promise<boolean> {
    try {
      await this.requireReadable(subjectId, actor);
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }

  /** The organisations owning a subject, as its context registered them (none: it cannot be the subject of a conversation). */
  async ownersOf(subjectId: string): Promise<string[]> {
    return (await this.contributions.subjectOf(subjectId)?.ownersOf?.(subjectId)) ?? [];
  }

  /**
   * The author follows what it writes in (a discussion, a conversation), so that replies, new
   * messages and moderation decisions reach its feed and mail, by follows' own rules. Once per
   * account and subject; an account that unfollowed is followed again only when it writes again.
   */
  async follow(actor: Actor, subjectId: string): Promise<void> {
    const state = await loadFollows(this.reader, actor.accountId);
    if (state.status === 'ACTIVE' && subjectId in state.follows.following) return;
    const kind = this.contributions.subjectOf(subjectId)?.kind ?? null;
    try {
      await this.commandBus.execute(new Follows.Command(followsStreamOf(actor.accountId), { type: 'Follow', data: { subjectId, subjectKind: kind } }, actor));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error; // followed meanwhile
    }
  }
}
