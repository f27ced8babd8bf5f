import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { ConnectionArgs, connectionFromRows, GlobalIdField, newGlobalId, pageWindow, Text, type Connection } from '@pfp/graphql';
import { CurrentActor, organizationLoader } from '@pfp/identity';
import { authorizeActor, NotFoundError, signedIn, ValidationError, type Actor } from '@pfp/kernel';
import { IsString, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { DISCUSSION_ERRORS } from '../domain/errors';
import { GUARDS } from '../domain/guards';
import { Conversation, ConversationConnection, ConversationPayload } from '../graphql-types';
import { ConversationCommands } from '../shared/discussion-commands';
import { DiscussionSubjects } from '../shared/subjects';
import { writingFacts } from '../shared/writing-facts';
import type { ConversationDocument } from './conversations.projection';

@InputType()
export class StartConversationInput {
  @Field(() => ID, { description: 'The practice, call or project it is about.' })
  @IsString()
  @Matches(/^[a-z][A-Za-z0-9]*-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { message: 'must be the id of a practice, call or project' })
  subjectId!: string;

  @GlobalIdField('organization', {
    description: 'The organisation contacted: the subject’s owner ("contact the owner"), or an interested organisation its owner answers.',
  })
  withOrganizationId!: string;

  @Field()
  @Text({ max: GUARDS.MAX_BODY, required: true })
  body!: string;
}

@InputType()
export class SendMessageInput {
  @GlobalIdField('conversation')
  conversationId!: string;

  @Field()
  @Text({ max: GUARDS.MAX_BODY, required: true })
  body!: string;
}

/** Conversations between two organisations' members, without e-mail addresses. */
@Resolver(() => Conversation)
export class ConversationsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly dataSource: DataSource,
    private readonly subjects: DiscussionSubjects,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => ConversationConnection, { description: 'The conversations of the viewer’s organisation, latest message first.' })
  async conversations(@Args() args: ConnectionArgs, @CurrentActor() current: Actor | null): Promise<Connection<Conversation>> {
    const actor = authorizeActor(signedIn, current, undefined);
    const { offset, limit } = pageWindow(args);
    const rows: Array<{ doc: ConversationDocument; total: number }> = await this.dataSource.query(
      `SELECT doc, count(*) OVER ()::int AS total FROM conversations WHERE organization_ids @> ARRAY[$1]::text[]
       ORDER BY last_message_at DESC, id LIMIT $2 OFFSET $3`,
      [actor.organizationId, limit, offset],
    );
    return connectionFromRows(
      rows.map((r) => Conversation.from(r.doc, actor)),
      rows[0]?.total ?? (offset > 0 ? await this.count(actor) : 0),
      offset,
    );
  }

  @Query(() => Conversation, { nullable: true, description: 'A conversation of the viewer’s organisation (null for any other).' })
  async conversation(@Args('id', { type: () => ID }) id: string, @CurrentActor() current: Actor | null): Promise<Conversation | null> {
    const actor = authorizeActor(signedIn, current, undefined);
    const [row]: Array<{ doc: ConversationDocument }> = await this.dataSource.query(
      `SELECT doc FROM conversations WHERE id = $1 AND organization_ids @> ARRAY[$2]::text[]`,
      [id, actor.organizationId],
    );
    return row ? Conversation.from(row.doc, actor) : null;
  }

  @Mutation(() => ConversationPayload, {
    description: 'Contact the owner of a practice, call, project or policy tool (or, as its owner, any organisation: one that expressed interest, a responder).',
  })
  async startConversation(
    @Args('input') input: StartConversationInput,
    @CurrentActor() current: Actor | null,
    @Context() context: object,
  ): Promise<ConversationPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    await this.subjects.requireReadable(input.subjectId, actor);
    if (!(await organizationLoader(context, this.dataSource).load(input.withOrganizationId)))
      throw new ValidationError(DISCUSSION_ERRORS.INVALID, 'There is no such organisation.', { withOrganizationId: 'must name an organisation' });
    const conversationId = newGlobalId('conversation');
    const facts = await writingFacts(this.dataSource, actor.accountId, 'message', input.body, this.clock.now());
    const data = {
      conversationId,
      subjectId: input.subjectId,
      withOrganizationId: input.withOrganizationId,
      ownerOrganizationIds: await this.subjects.ownersOf(input.subjectId),
      messageId: newGlobalId('message'),
      body: input.body,
      facts,
    };
    const payload = await this.send(conversationId, { type: 'StartConversation', data }, actor);
    await this.subjects.follow(actor, conversationId);
    return payload;
  }

  @Mutation(() => ConversationPayload, { description: 'A member of either organisation writes in their conversation, and then follows it.' })
  async sendMessage(@Args('input') input: SendMessageInput, @CurrentActor() current: Actor | null): Promise<ConversationPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    const facts = await writingFacts(this.dataSource, actor.accountId, 'message', input.body, this.clock.now());
    const payload = await this.send(input.conversationId, { type: 'SendMessage', data: { messageId: newGlobalId('message'), body: input.body, facts } }, actor);
    await this.subjects.follow(actor, input.conversationId);
    return payload;
  }

  private async count(actor: Actor): Promise<number> {
    const [row]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM conversations WHERE organization_ids @> ARRAY[$1]::text[]`,
      [actor.organizationId],
    );
    return row.n;
  }

  private async send(stream: string, request: ConstructorParameters<typeof ConversationCommands.Command>[1], actor: Actor): Promise<ConversationPayload> {
    const outcome = await this.commandBus.execute(new ConversationCommands.Command(stream, request, actor));
    const [row]: Array<{ doc: ConversationDocument }> = await this.dataSource.query(`SELECT doc FROM conversations WHERE id = $1`, [stream]);
    if (!row) throw new NotFoundError(DISCUSSION_ERRORS.CONVERSATION_NOT_FOUND, 'There is no such conversation.');
    return { conversation: Conversation.from(row.doc, actor), revision: outcome.revision };
  }
}
