import type { FeedItemData } from '@pfp/follows';

/** What the publisher sends on live's own topics: JSON only, since it may cross Redis. */
export interface FeedMessage {
  kind: 'feed';
  /** null: anyone may read it; else the organisations that may. */
  readers: string[] | null;
  /** Organisations whose members are told though they do not follow the subject (a conversation's other side, a mention). */
  addressed?: string[];
  item: FeedItemData;
}

export interface FollowsMessage {
  kind: 'follows';
  type: string;
  subjectId: string;
}

/** Live's topics; the contexts name their own (their LiveMapping and subscriptions). */
export const topics = {
  feed: 'pfp.feed',
  follows: (accountId: string): string => `pfp.follows.${accountId}`,
  /** Notices of ended sessions (EndedSessions of @pfp/identity): every process closes its sockets of them. */
  sessionsEnded: 'pfp.sessions.ended',
};
