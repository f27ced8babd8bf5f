import type { FeedItemData } from '@pfp/follows';

/** What the publisher sends on each topic: JSON only, since it may cross Redis. */
export interface SubjectMessage {
  kind: 'subject';
  subjectId: string;
  type: string;
  revision: number;
  occurredAt: string;
  /** The aggregate's status and folded state just after the event. */
  status: string;
  doc: unknown;
  /** null: anyone may read it; else the organisations that may. */
  readers: string[] | null;
  eventData: unknown;
}

export interface FeedMessage {
  kind: 'feed';
  readers: string[] | null;
  item: FeedItemData;
}

export interface FollowsMessage {
  kind: 'follows';
  type: string;
  subjectId: string;
}

export const topics = {
  project: (id: string): string => `pfp.project.${id}`,
  call: (id: string): string => `pfp.call.${id}`,
  feed: 'pfp.feed',
  follows: (accountId: string): string => `pfp.follows.${accountId}`,
};

export const mayRead = (readers: string[] | null, organizationId: string | undefined): boolean =>
  readers === null || (organizationId !== undefined && readers.includes(organizationId));
