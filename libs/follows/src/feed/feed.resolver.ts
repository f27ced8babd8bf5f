import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Moderation } from '@pfp/contributions';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { ConnectionArgs, connectionFromRows, DateTimeArg, IsDateTime, pageWindow } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, ValidationError, type Actor } from '@pfp/kernel';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { DataSource } from 'typeorm';
import { FOLLOW_ERRORS } from '../domain/decide';
import { followsStreamOf } from '../domain/follows';
import { itemsInFeed, READ_ONE_JOIN } from '../feed-read/feed-read-items';
import { Follows } from '../follows-commands';
import { FeedConnection, FeedItem, MarkFeedReadPayload } from '../graphql-types';
import type { FeedItemData } from './feed-item';

@InputType()
export class MarkFeedReadInput {
  @Field(() => Date, { nullable: true, description: 'Everything up to this time is read; now when absent.' })
  @IsOptional()
  @IsDateTime()
  until?: Date;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only these items (ids of feed items) are read, whatever their time; give either this or until.',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  itemIds?: string[];
}

interface FeedRow {
  event_id: string;
  subject_id: string;
  subject_kind: string;
  subject_title: string;
  type: string;
  text: string;
  metrics: FeedItemData['metrics'];
  occurred_at: Date;
  read_one: boolean;
}

/** SQL on `feed_items i`: neither the item (its event) nor its subject is among the hidden ids in $4. */
const VISIBLE = `NOT (i.event_id::text = ANY($4::text[]) OR i.subject_id = ANY($4::text[]))`;

export const rowToFeedItem = (r: FeedRow): FeedItemData => ({
  id: r.event_id,
  subjectId: r.subject_id,
  subjectKind: r.subject_kind as FeedItemData['subjectKind'],
  subjectTitle: r.subject_title,
  type: r.type,
  text: r.text,
  metrics: r.metrics,
  occurredAt: r.occurred_at.toISOString(),
});

@Resolver()
export class FeedResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly moderation: Moderation,
  ) {}

  @Query(() => FeedConnection, { description: 'News of what the viewer follows, newest first, with the unread count.' })
  async feed(@Args() args: ConnectionArgs, @CurrentActor() current: Actor | null): Promise<FeedConnection> {
    const actor = authorizeActor(signedIn, current, undefined);
    const { offset, limit } = pageWindow(args);
    // what the Support Unit hid (a comment's item, or every item of a hidden practice) leaves the feed, its pages and its counts
    const hidden = await this.moderation.allHidden();
    const listed: FeedRow[] = await this.dataSource.query(
      `SELECT i.event_id, i.subject_id, i.subject_kind, i.subject_title, i.type, i.text, i.metrics, i.occurred_at, r.event_id IS NOT NULL AS read_one
       FROM feed_items i ${READ_ONE_JOIN}
       WHERE i.account_id = $1 AND ${VISIBLE} ORDER BY i.occurred_at DESC, i.event_id DESC LIMIT $2 OFFSET $3`,
      [actor.accountId, limit, offset, hidden],
    );
    // a source without allHidden is still asked item by item
    const rows = await this.moderation.visible(listed, (r) => [r.event_id, r.subject_id]);
    const { total, unread, readUntil } = await this.counts(actor.accountId, hidden);
    const page = connectionFromRows(
      rows.map((r) => FeedItem.from(rowToFeedItem(r), readUntil, r.read_one)),
      total,
      offset,
    );
    return { ...page, unreadCount: unread };
  }

  @Mutation(() => MarkFeedReadPayload)
  async markFeedRead(
    @Args('input', { type: () => MarkFeedReadInput, nullable: true }) input: MarkFeedReadInput | null,
    @CurrentActor() current: Actor | null,
  ): Promise<MarkFeedReadPayload> {
    const actor = authorizeActor(signedIn, current, undefined);
    // the argument is nullable, so its class may carry no design type for the global pipe to validate by
    new DateTimeArg('until').transform(input?.until);
    const stream = followsStreamOf(actor.accountId);
    let result: { revision: number };
    if (input?.itemIds) {
      if (input.until) throw new ValidationError(FOLLOW_ERRORS.ITEMS_AND_UNTIL, 'Give either until or itemIds.', { itemIds: 'cannot be given with until' });
      const inFeed = await itemsInFeed(this.dataSource, actor.accountId, input.itemIds);
      result = await this.commandBus.execute(new Follows.Command(stream, { type: 'MarkFeedItemsRead', data: { itemIds: input.itemIds, inFeed } }, actor));
    } else {
      const until = (input?.until ?? this.clock.now()).toISOString();
      result = await this.commandBus.execute(new Follows.Command(stream, { type: 'MarkFeedRead', data: { until } }, actor));
    }
    const { unread, readUntil } = await this.counts(actor.accountId, await this.moderation.allHidden());
    return { unreadCount: unread, readUntil, revision: result.revision };
  }

  /** The feed's total and unread, hidden items left out (`hidden`: the registry's ids, few). */
  private async counts(accountId: string, hidden: string[]): Promise<{ total: number; unread: number; readUntil: Date | null }> {
    const [row] = await this.dataSource.query(
      `SELECT count(i.event_id)::int AS total, count(i.event_id) FILTER (WHERE (a.read_until IS NULL OR i.occurred_at > a.read_until) AND r.event_id IS NULL)::int AS unread, max(a.read_until) AS "readUntil"
       FROM (SELECT $1::text AS account_id) me
       LEFT JOIN feed_items i ON i.account_id = me.account_id AND ${VISIBLE.replaceAll('$4', '$2')}
       ${READ_ONE_JOIN}
       LEFT JOIN feed_accounts a ON a.account_id = me.account_id`,
      [accountId, hidden],
    );
    return row;
  }
}
