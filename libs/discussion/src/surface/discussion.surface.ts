import { Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Contributions, ContributionsModule, Moderation } from '@pfp/contributions';
import { EVENT_STORE, Projections } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { conversationLiveMapping, conversationSubject, discussionLiveMapping, discussionSubject } from './discussion-subjects';
import { DiscussionSubjects } from '../shared/subjects';
import { discussionHistory } from './discussion-history';
import { hiddenContent } from './hidden-content';
import { DISCUSSION_COMMENTS } from '../comments/comments.projection';
import { ITEM_MODERATION } from '../moderation/item-moderation.projection';

/** The read models hidden content is read from (conversations' hidden messages are asked by id, never listed). */
const MODERATION_READ_MODELS = new Set([ITEM_MODERATION, DISCUSSION_COMMENTS]);

/** What discussion contributes: followable discussions and conversations, their live updates, and the hidden-content source. */
@Injectable()
export class DiscussionContributions implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly moderation: Moderation,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly subjects: DiscussionSubjects,
    private readonly projections: Projections,
  ) {}

  onModuleInit(): void {
    this.contributions.followable(discussionSubject(this.contributions, this.dataSource));
    this.contributions.followable(conversationSubject(this.dataSource));
    this.contributions.liveUpdates(discussionLiveMapping(this.dataSource));
    this.contributions.liveUpdates(conversationLiveMapping(this.store));
    this.moderation.register(hiddenContent(this.dataSource, () => this.moderationAt()));
    this.contributions.history(discussionHistory(this.store, this.subjects));
  }

  /** Where this process's projections of hidden content stand ('' where another process runs them). */
  private moderationAt(): string {
    let at = '';
    for (const s of this.projections.status())
      if (MODERATION_READ_MODELS.has(s.name)) at += `${s.name}@${s.checkpoint ? `${s.checkpoint.commit}/${s.checkpoint.prepare}` : '-'};`;
    return at;
  }
}

@Module({ imports: [ContributionsModule], providers: [DiscussionContributions, DiscussionSubjects], exports: [DiscussionSubjects] })
export class DiscussionSurface {}
