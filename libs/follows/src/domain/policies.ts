import { requireSignIn, type Policies } from '@pfp/kernel';
import type { FollowsCommand } from './decide';
import type { FollowsState } from './follows';

/**
 * Who may send each follows command: any signed-in account, on its own stream (the resolvers
 * name the stream from the actor, so no account reaches another's).
 */
export const followsPolicies: Policies<FollowsState, FollowsCommand> = {
  Follow: (actor) => requireSignIn(actor),
  Unfollow: (actor) => requireSignIn(actor),
  MarkFeedRead: (actor) => requireSignIn(actor),
  MarkFeedItemsRead: (actor) => requireSignIn(actor),
  SetNotificationPreference: (actor) => requireSignIn(actor),
};
