import { Resolver, Subscription } from '@nestjs/graphql';
import { Contributions, filtered, mapOnce, mayRead } from '@pfp/contributions';
import { AggregateReader } from '@pfp/event-sourcing';
import { FeedItem, loadFollows } from '@pfp/follows';
import { CurrentActor } from '@pfp/identity';
import { authorizeActor, signedIn, type Actor } from '@pfp/kernel';
import { topics, type FeedMessage, type FollowsMessage } from './messages';

/**
 * The generic subscription, fed by the LivePublisher: news of what the viewer follows (from
 * the connection's init payload), only what it may read. The contexts serve their own
 * subscriptions (projectUpdated, callForActionUpdated) from their surfaces.
 */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly contributions: Contributions,
    private readonly reader: AggregateReader,
  ) {}

  @Subscription(() => FeedItem, {
    resolve: (m: FeedMessage) => mapOnce(m, () => FeedItem.from(m.item, null)),
    description: 'News of everything the viewer follows, and of what is addressed to its organisation (a message, a mention), as it happens.',
  })
  async feed(@CurrentActor() current: Actor | null): Promise<AsyncIterableIterator<FeedMessage | FollowsMessage>> {
    const actor = authorizeActor(signedIn, current, undefined);
    // Subscribe first, then load: a follow made in between arrives as a message and is not lost.
    const source = this.contributions.liveChannel().listen<FeedMessage | FollowsMessage>([topics.feed, topics.follows(actor.accountId)]);
    const state = await loadFollows(this.reader, actor.accountId);
    const following = new Set(state.status === 'ACTIVE' ? Object.keys(state.follows.following) : []);
    return filtered(source, (m) => {
      if (m.kind === 'follows') {
        if (m.type === 'SubjectFollowed') following.add(m.subjectId);
        if (m.type === 'SubjectUnfollowed') following.delete(m.subjectId);
        return false;
      }
      const told = following.has(m.item.subjectId) || (m.addressed ?? []).includes(actor.organizationId);
      return told && mayRead(m.readers, actor.organizationId);
    });
  }
}
