import type { CommandBus } from '@nestjs/cqrs';
import { aggregateCommands } from '@pfp/event-sourcing';
import { NotFoundError, type Actor, type CommandRequest } from '@pfp/kernel';
import { CALL_DETAILS } from '../call-details/call-details.projection';
import { callForActionAggregate, CALL_ERRORS, type CallForActionCommand } from '../domain/decide';
import { CallForAction, type CallForActionPayload } from '../graphql-types';

/** The call aggregate on the CommandBus: register `Handler` in the module, send `Command`s. */
export const CallForActionCommands = aggregateCommands(callForActionAggregate, { readModels: [CALL_DETAILS] });

/** Sends a command on a call and answers with the call as the command left it. */
export async function sendCallCommand(
  commandBus: CommandBus,
  callId: string,
  request: CommandRequest<CallForActionCommand>,
  actor: Actor | null,
  expectedRevision?: number,
): Promise<CallForActionPayload> {
  const outcome = await commandBus.execute(new CallForActionCommands.Command(callId, request, actor, { expectedRevision }));
  if (outcome.state.status === 'NONE') throw new NotFoundError(CALL_ERRORS.NOT_FOUND, 'There is no such call for action.');
  return { callForAction: CallForAction.from(outcome.state.status, outcome.state.call, outcome.revision), revision: outcome.revision };
}
