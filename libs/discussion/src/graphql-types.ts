import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@pfp/graphql';
import { renderMarkdown } from '@pfp/practices';
import type { Actor } from '@pfp/kernel';
import type { CommentDocument } from './comments/comments.projection';
import type { ConversationDocument } from './conversations/conversations.projection';
import { EDIT_WINDOW_MS } from './domain/discussion';
import type { ModerationCase } from './domain/moderation';

/** Who may read why something was hidden: its author's organisation and the Support Unit. */
const mayReadReason = (actor: Actor | null, authorOrganizationId: string): boolean =>
  actor !== null && (actor.organizationKind === 'SUPPORT_UNIT' || actor.organizationId === authorOrganizationId);

@ObjectType({ description: 'A comment on a practice, call, project or policy tool; a reply names its parent (one level).' })
export class Comment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => ID, { description: 'The organisation its author acted for (never an e-mail address).' })
  authorOrganizationId!: string;

  @Field({ description: 'True for a comment of the viewer’s own account: it may edit (15 minutes) and delete it.' })
  viewerIsAuthor!: boolean;

  @Field({ description: 'The Markdown as written; empty once deleted.' })
  body!: string;

  @Field({ description: 'The body as sanitised HTML, as practice bodies are.' })
  bodyHtml!: string;

  @Field()
  postedAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field({ description: 'Deleted by its author: shown as "deleted", in place.' })
  deleted!: boolean;

  @Field({ description: 'Hidden by the Support Unit: only its author’s organisation and the Support Unit see it still.' })
  hidden!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the Support Unit hid it: for its author’s organisation and the Support Unit only.' })
  hiddenReason!: string | null;

  @Field(() => [Comment], { description: 'The replies, oldest first (empty for a reply).' })
  replies!: Comment[];

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the viewer may edit it (15 minutes after posting): its author only, not once deleted or hidden; null otherwise.',
  })
  editableUntil!: Date | null;

  static from(subjectId: string, c: CommentDocument, actor: Actor | null, replies: Comment[] = []): Comment {
    const hidden = c.moderation.hidden;
    return {
      id: c.id,
      subjectId,
      parentId: c.parentId,
      authorOrganizationId: c.authorOrganizationId,
      viewerIsAuthor: actor?.accountId === c.authorAccountId,
      body: c.body,
      bodyHtml: c.deletedAt ? '' : renderMarkdown(c.body),
      postedAt: new Date(c.postedAt),
      editedAt: c.editedAt ? new Date(c.editedAt) : null,
      deleted: c.deletedAt !== null,
      hidden: hidden !== null,
      hiddenReason: hidden && mayReadReason(actor, c.authorOrganizationId) ? hidden.reason : null,
      replies,
      editableUntil:
        actor?.accountId === c.authorAccountId && !c.deletedAt && !hidden ? new Date(Date.parse(c.postedAt) + EDIT_WINDOW_MS) : null,
    };
  }
}

@ObjectType()
export class CommentConnection extends Paginated(Comment) {}

@ObjectType()
export class CommentPayload {
  @Field(() => Comment)
  comment!: Comment;

  @Field(() => Int)
  revision!: number;
}

@ObjectType({ description: 'A message between the members of two organisations.' })
export class Message {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  senderOrganizationId!: string;

  @Field()
  body!: string;

  @Field()
  bodyHtml!: string;

  @Field()
  sentAt!: Date;

  @Field()
  hidden!: boolean;

  @Field(() => String, { nullable: true })
  hiddenReason!: string | null;
}

@ObjectType({ description: 'A conversation about a practice, call or project between two organisations, neither seeing the other’s e-mail addresses.' })
export class Conversation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ID, { description: 'The organisation that started it.' })
  starterOrganizationId!: string;

  @Field(() => ID, { description: 'The organisation it was started with (the subject’s owner, or one its owner answers).' })
  withOrganizationId!: string;

  @Field()
  startedAt!: Date;

  @Field()
  lastMessageAt!: Date;

  @Field(() => [Message], { description: 'Oldest first; a hidden message only for its sender’s organisation and the Support Unit.' })
  messages!: Message[];

  static from(doc: ConversationDocument, actor: Actor | null): Conversation {
    return {
      id: doc.id,
      subjectId: doc.subjectId,
      starterOrganizationId: doc.starterOrganizationId,
      withOrganizationId: doc.withOrganizationId,
      startedAt: new Date(doc.startedAt),
      lastMessageAt: new Date(doc.lastMessageAt),
      messages: doc.messages
        .filter((m) => !m.moderation.hidden || mayReadReason(actor, m.senderOrganizationId))
        .map((m) => ({
          id: m.id,
          senderOrganizationId: m.senderOrganizationId,
          body: m.body,
          bodyHtml: renderMarkdown(m.body),
          sentAt: new Date(m.sentAt),
          hidden: m.moderation.hidden !== null,
          hiddenReason: m.moderation.hidden && mayReadReason(actor, m.senderOrganizationId) ? m.moderation.hidden.reason : null,
        })),
    };
  }
}

@ObjectType()
export class ConversationConnection extends Paginated(Conversation) {}

@ObjectType()
export class ConversationPayload {
  @Field(() => Conversation)
  conversation!: Conversation;

  @Field(() => Int)
  revision!: number;
}

@ObjectType()
export class ContentReport {
  @Field()
  reason!: string;

  @Field(() => ID)
  reporterOrganizationId!: string;

  @Field()
  reportedAt!: Date;
}

@ObjectType({ description: 'Reported or hidden content as the Support Unit works it.' })
export class ModerationItem {
  @Field(() => ID, { description: 'A comment, message, practice, call, project or policy tool id.' })
  contentId!: string;

  @Field({ description: 'COMMENT, MESSAGE or the category of a published item.' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'What a comment or message is about.' })
  subjectId!: string | null;

  @Field(() => ID, { nullable: true })
  authorOrganizationId!: string | null;

  @Field({ description: 'The text reported (empty for a published item: see the item itself).' })
  excerpt!: string;

  @Field(() => [ContentReport])
  reports!: ContentReport[];

  @Field()
  hidden!: boolean;

  @Field(() => String, { nullable: true })
  hiddenReason!: string | null;

  static from(
    contentId: string,
    kind: string,
    subjectId: string | null,
    authorOrganizationId: string | null,
    excerpt: string,
    c: ModerationCase,
  ): ModerationItem {
    return {
      contentId,
      kind,
      subjectId,
      authorOrganizationId,
      excerpt: excerpt.slice(0, 500),
      reports: c.reports.map((r) => ({ reason: r.reason, reporterOrganizationId: r.reporterOrganizationId, reportedAt: new Date(r.reportedAt) })),
      hidden: c.hidden !== null,
      hiddenReason: c.hidden?.reason ?? null,
    };
  }
}

@ObjectType()
export class ModerationItemConnection extends Paginated(ModerationItem) {}

@ObjectType()
export class ModerationPayload {
  @Field(() => ModerationItem)
  item!: ModerationItem;

  @Field(() => Int)
  revision!: number;
}
