import { aggregateCommands, type AggregateReader } from '@pfp/event-sourcing';
import { followsAggregate } from './domain/decide';
import { followsStreamOf, type FollowsState } from './domain/follows';
import { FEED } from './feed/feed.projection';
import { FEED_READ } from './feed-read/feed-read.projection';

/**
 * The follows commands on the CommandBus: `commandBus.execute(new Follows.Command(followsStreamOf(actor.accountId),
 * { type: 'Follow', data }, actor))` returns once the feed and its read items have the write. Register `Follows.Handler`.
 */
export const Follows = aggregateCommands(followsAggregate, { readModels: [FEED, FEED_READ] });

/** An account's follows, straight from its stream (no read-model lag). */
export async function loadFollows(reader: AggregateReader, accountId: string): Promise<FollowsState> {
  return (await reader.load(followsAggregate, followsStreamOf(accountId))).state;
}
