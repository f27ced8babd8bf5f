import type { CommandBus } from '@nestjs/cqrs';
import { Follows, followsStreamOf } from '@pfp/follows';
import { ConflictError, type Actor } from '@pfp/kernel';
import { POLICY_TOOL_SUBJECT_KIND } from '../surface/policy-tool-subject';

/** The drafting account follows its tool (feed, live, mail digest), as any follower does; one who follows it already is left as is. */
export async function followAsEditor(commandBus: CommandBus, actor: Actor | null, toolId: string): Promise<void> {
  if (!actor) return;
  try {
    await commandBus.execute(
      new Follows.Command(followsStreamOf(actor.accountId), { type: 'Follow', data: { subjectId: toolId, subjectKind: POLICY_TOOL_SUBJECT_KIND } }, actor),
    );
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
