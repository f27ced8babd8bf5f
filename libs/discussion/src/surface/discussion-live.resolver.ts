import { Args, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { Contributions, filtered, mapOnce } from '@pfp/contributions';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { renderMarkdown } from '@pfp/practices';
import { Comment } from '../graphql-types';
import { DiscussionSubjects } from '../shared/subjects';
import { commentTopic, messageTopic, type CommentLiveMessage, type MessageLiveMessage } from './discussion-subjects';

@ObjectType({ description: 'A new message in a conversation of the viewer’s organisation.' })
export class MessageReceived {
  @Field(() => ID)
  conversationId!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ID)
  messageId!: string;

  @Field(() => ID)
  senderOrganizationId!: string;

  @Field()
  bodyHtml!: string;

  @Field()
  sentAt!: Date;
}

/** The subscriptions of the discussion context, over graphql-ws. */
@Resolver()
export class DiscussionLiveResolver {
  constructor(
    private readonly contributions: Contributions,
    private readonly subjects: DiscussionSubjects,
  ) {}

  @Subscription(() => Comment, {
    description: 'New comments and replies on a subject, as they are posted.',
    resolve: (m: CommentLiveMessage) =>
      mapOnce(m, () =>
        Comment.from(
          m.subjectId,
          {
            id: m.commentId,
            parentId: m.parentId,
            authorAccountId: m.authorAccountId,
            authorOrganizationId: m.authorOrganizationId,
            body: m.body,
            mentions: [],
            postedAt: m.postedAt,
            editedAt: null,
            deletedAt: null,
            moderation: { reports: [], hidden: null },
            eventIds: [],
          },
          null,
        ),
      ),
  })
  async commentPosted(
    @Args('subjectId', { type: () => ID }) subjectId: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<AsyncIterableIterator<CommentLiveMessage>> {
    await this.subjects.requireReadable(subjectId, actor);
    return this.contributions.liveChannel().listen<CommentLiveMessage>(commentTopic(subjectId));
  }

  @Subscription(() => MessageReceived, {
    description: 'New messages in the conversations of the viewer’s organisation.',
    resolve: (m: MessageLiveMessage) =>
      mapOnce(m, () => ({
        conversationId: m.conversationId,
        subjectId: m.subjectId,
        messageId: m.messageId,
        senderOrganizationId: m.senderOrganizationId,
        bodyHtml: renderMarkdown(m.body),
        sentAt: new Date(m.sentAt),
      })),
  })
  messageReceived(@CurrentActor() current: Actor | null): AsyncIterableIterator<MessageLiveMessage> {
    const actor = authorizeActor(signedIn, current, undefined);
    const source = this.contributions.liveChannel().listen<MessageLiveMessage>(messageTopic(actor.organizationId));
    return filtered(source, (m) => m.organizationIds.includes(actor.organizationId));
  }
}
