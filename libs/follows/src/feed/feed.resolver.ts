import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CLOCK, type Clock } from '@pfp/event-sourcing';
import { ConnectionArgs, connectionFromRows, DateTimeArg, IsDateTime, pageWindow } from '@pfp/graphql';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { followsStreamOf } from '../domain/follows';
import { Follows } from '../follows-commands';
import { FeedConnection, FeedItem, MarkFeedReadPayload } from '../graphql-types';
import type { FeedItemData } from './feed-item';

@InputType()
export class MarkFeedReadInput {
  @Field(() => Date, { nullable: true, description: 'Everything up to this time is read; now when absent.' })
  @IsOptional()
  @IsDateTime()
  until?: Date;
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
}

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
  ) {}

  @Query(() => FeedConnection, { description: 'News of what the viewer follows, newest first, with the unread count.' })
  async feed(@Args() args: ConnectionArgs, @CurrentActor() current: Actor | null): Promise<FeedConnection> {
    const actor = authorizeActor(signedIn, current, undefined);
    const { offset, limit } = pageWindow(args);
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT event_id, subject_id, subject_kind, subject_title, type, text, metrics, occurred_at FROM feed_items
       WHERE account_id = $1 ORDER BY occurred_at DESC, event_id DESC LIMIT $2 OFFSET $3`,
      [actor.accountId, limit, offset],
    );
    const { total, unread, readUntil } = await this.counts(actor.accountId);
    const page = connectionFromRows(
      rows.map((r) => FeedItem.from(rowToFeedItem(r), readUntil)),
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
    const until = (input?.until ?? this.clock.now()).toISOString();
    const result = await this.commandBus.execute(new Follows.Command(followsStreamOf(actor.accountId), { type: 'MarkFeedRead', data: { until } }, actor));
    const { unread, readUntil } = await this.counts(actor.accountId);
    return { unreadCount: unread, readUntil, revision: result.revision };
  }

  private async counts(accountId: string): Promise<{ total: number; unread: number; readUntil: Date | null }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE a.read_until IS NULL OR i.occurred_at > a.read_until)::int AS unread, max(a.read_until) AS "readUntil"
       FROM (SELECT $1::text AS account_id) me
       LEFT JOIN feed_items i ON i.account_id = me.account_id
       LEFT JOIN feed_accounts a ON a.account_id = me.account_id`,
      [accountId],
    );
    return row;
  }
}
