import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, ArgsType, Context, Field, ID, InputType, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { ConnectionArgs, connectionFromRows, GlobalIdField, newGlobalId, pageWindow, Text, type Connection } from '@pfp/graphql';
import { CurrentActor, Organization, organizationLoader } from '@pfp/identity';
import { authorizeActor, NotFoundError, signedIn, type Actor } from '@pfp/kernel';
import { IsOptional, IsString, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { discussionStreamOf } from '../domain/discussion';
import { DISCUSSION_ERRORS } from '../domain/errors';
import { GUARDS } from '../domain/guards';
import { Comment, CommentConnection, CommentPayload } from '../graphql-types';
import { DiscussionCommands } from '../shared/discussion-commands';
import { Mentions } from '../shared/mentions';
import { DiscussionSubjects } from '../shared/subjects';
import { writingFacts } from '../shared/writing-facts';
import type { CommentDocument, DiscussionDocument } from './comments.projection';

const SUBJECT_ID = /^[a-z][A-Za-z0-9]*-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@ArgsType()
export class CommentsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'A practice, call for action, project or policy tool id.' })
  @IsString()
  @Matches(SUBJECT_ID, { message: 'must be the id of something that can be discussed' })
  subjectId!: string;
}

@InputType()
export class PostCommentInput {
  @Field(() => ID, { description: 'A practice, call for action, project or policy tool id.' })
  @IsString()
  @Matches(SUBJECT_ID, { message: 'must be the id of something that can be discussed' })
  subjectId!: string;

  @GlobalIdField('comment', { nullable: true, description: 'The comment replied to (a comment, not a reply).' })
  @IsOptional()
  parentId?: string | null;

  @Field({ description: 'Markdown, sanitised as practice bodies are.' })
  @Text({ max: GUARDS.MAX_BODY, required: true })
  body!: string;
}

@InputType()
export class EditCommentInput {
  @GlobalIdField('comment')
  commentId!: string;

  @Field()
  @Text({ max: GUARDS.MAX_BODY, required: true })
  body!: string;
}

@InputType()
export class DeleteCommentInput {
  @GlobalIdField('comment')
  commentId!: string;
}

/** A comment of a discussion document as the viewer sees it: hidden ones only for their author's organisation and the Support Unit. */
export function visibleComments(doc: DiscussionDocument, actor: Actor | null): Comment[] {
  const sees = (c: CommentDocument) =>
    !c.moderation.hidden || (actor !== null && (actor.organizationKind === 'SUPPORT_UNIT' || actor.organizationId === c.authorOrganizationId));
  const shown = doc.comments.filter(sees);
  return shown
    .filter((c) => c.parentId === null)
    .map((c) =>
      Comment.from(
        doc.subjectId,
        c,
        actor,
        shown.filter((r) => r.parentId === c.id).map((r) => Comment.from(doc.subjectId, r, actor)),
      ),
    );
}

/** Comments on a subject, and posting, editing and deleting them. */
@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly dataSource: DataSource,
    private readonly subjects: DiscussionSubjects,
    private readonly mentions: Mentions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => CommentConnection, { description: 'The discussion of a subject: its comments oldest first, each with its replies.' })
  async comments(@Args() args: CommentsArgs, @CurrentActor() actor: Actor | null): Promise<Connection<Comment>> {
    await this.subjects.requireReadable(args.subjectId, actor);
    const { offset, limit } = pageWindow(args);
    const [row]: Array<{ doc: DiscussionDocument }> = await this.dataSource.query(`SELECT doc FROM discussion_comments WHERE subject_id = $1`, [
      args.subjectId,
    ]);
    const all = row ? visibleComments(row.doc, actor) : [];
    return connectionFromRows(all.slice(offset, offset + limit), all.length, offset);
  }

  @Mutation(() => CommentPayload, {
    description:
      'Comment on a subject, or reply to a comment (one level). Its author then follows the discussion (replies and moderation decisions reach its feed).',
  })
  async postComment(@Args('input') input: PostCommentInput, @CurrentActor() current: Actor | null): Promise<CommentPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    await this.subjects.requireReadable(input.subjectId, actor);
    const stream = discussionStreamOf(input.subjectId);
    const facts = await writingFacts(this.dataSource, actor.accountId, 'comment', input.body, this.clock.now());
    const commentId = newGlobalId('comment');
    const mentions = await this.mentions.of(input.body, input.subjectId, actor);
    const data = { commentId, subjectId: input.subjectId, parentId: input.parentId ?? null, body: input.body, mentions, facts };
    const payload = await this.send(stream, commentId, { type: 'PostComment', data }, actor);
    await this.subjects.follow(actor, stream);
    return payload;
  }

  @Mutation(() => CommentPayload, { description: 'Its author edits a comment, within 15 minutes of posting it.' })
  async editComment(@Args('input') input: EditCommentInput, @CurrentActor() actor: Actor | null): Promise<CommentPayload> {
    const stream = await this.streamOf(input.commentId);
    const [row]: Array<{ subject_id: string }> = await this.dataSource.query(`SELECT subject_id FROM discussion_comments WHERE id = $1`, [stream]);
    // a visitor's edit is refused by the policy; its mentions need not be read
    const mentions = actor ? await this.mentions.of(input.body, row.subject_id, actor) : [];
    return this.send(stream, input.commentId, { type: 'EditComment', data: { commentId: input.commentId, body: input.body, mentions } }, actor);
  }

  @Mutation(() => CommentPayload, { description: 'Its author deletes a comment: it stays in place as "deleted", with its replies.' })
  async deleteComment(@Args('input') input: DeleteCommentInput, @CurrentActor() actor: Actor | null): Promise<CommentPayload> {
    const stream = await this.streamOf(input.commentId);
    return this.send(stream, input.commentId, { type: 'DeleteComment', data: { commentId: input.commentId } }, actor);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The organisation its author acted for.' })
  authorOrganization(@Parent() comment: Comment, @Context() context: object): Promise<Organization | null> {
    return organizationLoader(context, this.dataSource).load(comment.authorOrganizationId);
  }

  private async streamOf(commentId: string): Promise<string> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM discussion_comments WHERE comment_ids @> ARRAY[$1]::text[]`, [commentId]);
    if (!row) throw new NotFoundError(DISCUSSION_ERRORS.COMMENT_NOT_FOUND, 'There is no such comment.');
    return row.id;
  }

  private async send(
    stream: string,
    commentId: string,
    request: ConstructorParameters<typeof DiscussionCommands.Command>[1],
    actor: Actor | null,
  ): Promise<CommentPayload> {
    const outcome = await this.commandBus.execute(new DiscussionCommands.Command(stream, request, actor));
    const state = outcome.state;
    const comment = state.status === 'OPEN' ? state.comments[commentId] : undefined;
    if (state.status !== 'OPEN' || !comment) throw new NotFoundError(DISCUSSION_ERRORS.COMMENT_NOT_FOUND, 'There is no such comment.');
    return { comment: Comment.from(state.subjectId, { ...comment, eventIds: [] }, actor), revision: outcome.revision };
  }
}
