import { Inject, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { Contributions, ContributionsModule, Moderation } from '@pfp/contributions';
import { EVENT_STORE } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import { DataSource } from 'typeorm';
import { conversationLiveMapping, conversationSubject, discussionLiveMapping, discussionSubject } from './discussion-subjects';
import { DiscussionSubjects } from '../shared/subjects';
import { discussionHistory } from './discussion-history';
import { hiddenContent } from './hidden-content';

/** What discussion contributes: followable discussions and conversations, their live updates, and the hidden-content source. */
@Injectable()
export class DiscussionContributions implements OnModuleInit {
  constructor(
    private readonly contributions: Contributions,
    private readonly moderation: Moderation,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly subjects: DiscussionSubjects,
  ) {}

  onModuleInit(): void {
    this.contributions.followable(discussionSubject(this.contributions, this.dataSource));
    this.contributions.followable(conversationSubject(this.dataSource));
    this.contributions.liveUpdates(discussionLiveMapping(this.dataSource));
    this.contributions.liveUpdates(conversationLiveMapping(this.store));
    this.moderation.register(hiddenContent(this.dataSource));
    this.contributions.history(discussionHistory(this.store, this.subjects));
  }
}

@Module({ imports: [ContributionsModule], providers: [DiscussionContributions, DiscussionSubjects], exports: [DiscussionSubjects] })
export class DiscussionSurface {}
