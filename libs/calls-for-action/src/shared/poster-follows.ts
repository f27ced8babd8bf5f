import type { CommandBus } from '@nestjs/cqrs';
import { Follows, followsStreamOf } from '@pfp/follows';
import { ConflictError, type Actor } from '@pfp/kernel';
import { CALL_SUBJECT_KIND } from '../surface/call-subject';

/**
 * A poster's account follows its call from posting (or confirming co-posting): so the posters
 * hear of each new response in their feed, live, and in their mail digest, as any follower does.
 * One who follows it already is left as is.
 */
export async function followAsPoster(commandBus: CommandBus, actor: Actor | null, callId: string): Promise<void> {
  if (!actor) return;
  try {
    await commandBus.execute(
      new Follows.Command(followsStreamOf(actor.accountId), { type: 'Follow', data: { subjectId: callId, subjectKind: CALL_SUBJECT_KIND } }, actor),
    );
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
