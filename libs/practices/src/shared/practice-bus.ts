import type { CommandBus } from '@nestjs/cqrs';
import { aggregateCommands } from '@pfp/event-sourcing';
import { parseGlobalId } from '@pfp/graphql';
import type { Actor, CommandRequest } from '@pfp/kernel';
import type { PracticeCommand } from '../domain/decide';
import { practiceAggregate } from '../domain/practice-aggregate';
import { PRACTICE_CATEGORY } from '../domain/practice';
import { detailsOf, PRACTICE_DETAILS } from '../practice-details/practice-details.projection';
import { PRACTICE_INTEREST } from '../practice-interest/practice-interest.projection';
import { PRACTICE_SEARCH } from '../practice-search/practice-search.projection';
import { presentPractice, type PracticePayload } from './practice.types';

/** The practice's command message and its one handler (registered in PracticesModule); a mutation returns once its read models have it. */
export const PracticeCommands = aggregateCommands(practiceAggregate, { readModels: [PRACTICE_DETAILS, PRACTICE_SEARCH, PRACTICE_INTEREST] });

/**
 * Sends one command on the practice `id` and presents the outcome as the actor may see it.
 * `onFailure` runs when the command is refused (a key sealed for it is discarded).
 */
export async function sendPracticeCommand(
  bus: CommandBus,
  id: string,
  request: CommandRequest<PracticeCommand>,
  actor: Actor | null,
  options: { expectedRevision?: number | null; onFailure?: () => Promise<unknown> } = {},
): Promise<PracticePayload> {
  const outcome = await runPracticeCommand(bus, id, request, actor, options);
  const practice = outcome.practice ?? null;
  if (!practice) throw new Error(`${request.type} left ${id} without a practice the actor may see`);
  return { practice, revision: outcome.revision };
}

/** The same, for a command after which the actor may no longer see the practice (`practice` null: a draft whose invitation it declined). */
export async function runPracticeCommand(
  bus: CommandBus,
  id: string,
  request: CommandRequest<PracticeCommand>,
  actor: Actor | null,
  options: { expectedRevision?: number | null; onFailure?: () => Promise<unknown> } = {},
): Promise<{ practice: PracticePayload['practice'] | null; revision: number }> {
  let outcome;
  try {
    parseGlobalId(id, PRACTICE_CATEGORY, 'id');
    outcome = await bus.execute(new PracticeCommands.Command(id, request, actor, { expectedRevision: options.expectedRevision }));
  } catch (error) {
    await options.onFailure?.();
    throw error;
  }
  const state = outcome.state;
  if (state.status === 'NONE') throw new Error(`${request.type} left ${id} without a practice`);
  return { practice: presentPractice(detailsOf(state), outcome.revision, actor), revision: outcome.revision };
}
