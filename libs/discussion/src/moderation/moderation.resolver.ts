import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { categoryOf } from '@pfp/contributions';
import { ConnectionArgs, connectionFromRows, pageWindow, Text, type Connection } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, ForbiddenError, NotFoundError, signedIn, supportUnitOnly, ValidationError, type Actor } from '@pfp/kernel';
import { IsString, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import type { ModerationCommand } from '../domain/commands';
import { DISCUSSION_ERRORS, MODERATION_ERRORS } from '../domain/errors';
import type { ModerationCase } from '../domain/moderation';
import { itemModerationStreamOf } from '../domain/published-item';
import { ModerationItem, ModerationItemConnection, ModerationPayload } from '../graphql-types';
import { ConversationCommands, DiscussionCommands, ItemModerationCommands } from '../shared/discussion-commands';
import { DiscussionSubjects } from '../shared/subjects';

const CONTENT_ID = /^[a-z][A-Za-z0-9]*-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@InputType()
export class ContentRefInput {
  @Field(() => ID, { description: 'A comment, message, practice, call for action, project or policy tool id.' })
  @IsString()
  @Matches(CONTENT_ID, { message: 'must be the id of a comment, a message or a published item' })
  contentId!: string;
}

@InputType()
export class ModerationReasonInput extends ContentRefInput {
  @Field({ description: 'Why: the reporter’s reason, or the Support Unit’s (its author is told it).' })
  @Text({ max: 1000, required: true })
  reason!: string;
}

@InputType()
export class RestoreContentInput extends ContentRefInput {}

@InputType()
export class DismissReportInput extends ContentRefInput {}

interface QueueRow {
  content_id: string;
  kind: string;
  subject_id: string | null;
  author: string | null;
  excerpt: string;
  moderation: ModerationCase;
  total: number;
}

/** Reports by anyone signed in, and the Support Unit's queue and decisions, for comments, messages and published items alike. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly dataSource: DataSource,
    private readonly subjects: DiscussionSubjects,
  ) {}

  @Mutation(() => ModerationPayload, { description: 'Report a comment, a message or a published item to the Support Unit, with a reason.' })
  reportContent(@Args('input') input: ModerationReasonInput, @CurrentActor() actor: Actor | null): Promise<ModerationPayload> {
    return this.moderate('ReportContent', input.contentId, input.reason, actor);
  }

  @Mutation(() => ModerationPayload, {
    description: 'The Support Unit hides content with a reason: it leaves every public list, feed, export and search; its author is told why.',
  })
  hideContent(@Args('input') input: ModerationReasonInput, @CurrentActor() actor: Actor | null): Promise<ModerationPayload> {
    return this.moderate('HideContent', input.contentId, input.reason, actor);
  }

  @Mutation(() => ModerationPayload, { description: 'The Support Unit shows hidden content again.' })
  restoreContent(@Args('input') input: RestoreContentInput, @CurrentActor() actor: Actor | null): Promise<ModerationPayload> {
    return this.moderate('RestoreContent', input.contentId, undefined, actor);
  }

  @Mutation(() => ModerationPayload, { description: 'The Support Unit closes the open reports of content it leaves as it is.' })
  dismissReport(@Args('input') input: DismissReportInput, @CurrentActor() actor: Actor | null): Promise<ModerationPayload> {
    return this.moderate('DismissReport', input.contentId, undefined, actor);
  }

  @Query(() => ModerationItemConnection, { description: 'The Support Unit’s queue: reported content, earliest report first.' })
  async moderationQueue(@Args() args: ConnectionArgs, @CurrentActor() current: Actor | null): Promise<Connection<ModerationItem>> {
    authorizeActor(supportUnitOnly, current, undefined);
    const { offset, limit } = pageWindow(args);
    const rows: QueueRow[] = await this.dataSource.query(
      `WITH q AS (
         SELECT c->>'id' AS content_id, 'COMMENT' AS kind, d.subject_id, c->>'authorOrganizationId' AS author, c->>'body' AS excerpt, c->'moderation' AS moderation
           FROM discussion_comments d, jsonb_array_elements(d.doc->'comments') c
          WHERE cardinality(d.reported_ids) > 0 AND c->>'id' = ANY(d.reported_ids)
         UNION ALL
         SELECT m->>'id', 'MESSAGE', v.doc->>'subjectId', m->>'senderOrganizationId', m->>'body', m->'moderation'
           FROM conversations v, jsonb_array_elements(v.doc->'messages') m
          WHERE cardinality(v.reported_ids) > 0 AND m->>'id' = ANY(v.reported_ids)
         UNION ALL
         SELECT item_id, upper(split_part(item_id, '-', 1)), NULL, doc->>'ownerOrganizationId', '', doc->'moderation'
           FROM item_moderation WHERE open_reports > 0)
       SELECT q.*, count(*) OVER ()::int AS total FROM q
        ORDER BY (q.moderation->'reports'->0->>'reportedAt') ASC, q.content_id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    const items = rows.map((r) => ModerationItem.from(r.content_id, r.kind, r.subject_id, r.author, r.excerpt, r.moderation));
    return connectionFromRows(items, rows[0]?.total ?? 0, offset);
  }

  private async moderate(type: ModerationCommand['type'], contentId: string, reason: string | undefined, actor: Actor | null): Promise<ModerationPayload> {
    // who may is asked before what the id names, so that a refusal says nothing of the content
    const signed = authorizeActor(signedIn, actor, undefined);
    if (type !== 'ReportContent' && signed.organizationKind !== 'SUPPORT_UNIT')
      throw new ForbiddenError(MODERATION_ERRORS.SUPPORT_UNIT_ONLY, 'Only the Support Unit moderates.');
    const data = reason === undefined ? { contentId } : { contentId, reason };
    const category = categoryOf(contentId);
    if (category === 'comment') {
      const [row]: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM discussion_comments WHERE comment_ids @> ARRAY[$1]::text[]`, [
        contentId,
      ]);
      if (!row) throw new NotFoundError(DISCUSSION_ERRORS.COMMENT_NOT_FOUND, 'There is no such comment.');
      const outcome = await this.commandBus.execute(new DiscussionCommands.Command(row.id, { type, data }, actor));
      const comment = outcome.state.status === 'OPEN' ? outcome.state.comments[contentId] : undefined;
      if (!comment || outcome.state.status !== 'OPEN') throw new NotFoundError(DISCUSSION_ERRORS.COMMENT_NOT_FOUND, 'There is no such comment.');
      const item = ModerationItem.from(contentId, 'COMMENT', outcome.state.subjectId, comment.authorOrganizationId, comment.body, comment.moderation);
      return { item: this.forActor(item, actor), revision: outcome.revision };
    }
    if (category === 'message') {
      const [row]: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM conversations WHERE message_ids @> ARRAY[$1]::text[]`, [contentId]);
      if (!row) throw new NotFoundError(DISCUSSION_ERRORS.MESSAGE_NOT_FOUND, 'There is no such message.');
      const outcome = await this.commandBus.execute(new ConversationCommands.Command(row.id, { type, data }, actor));
      const message = outcome.state.status === 'OPEN' ? outcome.state.messages[contentId] : undefined;
      if (!message || outcome.state.status !== 'OPEN') throw new NotFoundError(DISCUSSION_ERRORS.MESSAGE_NOT_FOUND, 'There is no such message.');
      const item = ModerationItem.from(
        contentId,
        'MESSAGE',
        outcome.state.conversation.subjectId,
        message.senderOrganizationId,
        message.body,
        message.moderation,
      );
      return { item: this.forActor(item, actor), revision: outcome.revision };
    }
    if (!category) throw new ValidationError(MODERATION_ERRORS.INVALID, 'This is not content.', { contentId: 'must be a comment, message or item id' });
    // a published item: it must exist and be readable by the one who reports it (the Support Unit reads everything published)
    await this.subjects.requireReadable(contentId, actor, 'contentId');
    const outcome = await this.commandBus.execute(
      new ItemModerationCommands.Command(itemModerationStreamOf(contentId), { type, data: { ...data, ownerOrganizationId: null } }, actor),
    );
    if (outcome.state.status === 'NONE') throw new NotFoundError(MODERATION_ERRORS.NOT_FOUND, 'There is nothing with this id.');
    const item = ModerationItem.from(contentId, category.toUpperCase(), null, outcome.state.ownerOrganizationId, '', outcome.state.moderation);
    return { item: this.forActor(item, actor), revision: outcome.revision };
  }

  /** A reporter learns its report is in, not who else reported. */
  private forActor(item: ModerationItem, actor: Actor | null): ModerationItem {
    if (actor?.organizationKind === 'SUPPORT_UNIT') return item;
    return { ...item, excerpt: '', reports: item.reports.filter((r) => r.reporterOrganizationId === actor?.organizationId) };
  }
}
