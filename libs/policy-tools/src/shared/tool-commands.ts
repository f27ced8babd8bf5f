import type { CommandBus } from '@nestjs/cqrs';
import { aggregateCommands } from '@pfp/event-sourcing';
import { NotFoundError, type Actor, type CommandRequest } from '@pfp/kernel';
import { policyToolAggregate, POLICY_TOOL_ERRORS, type PolicyToolCommand } from '../domain/decide';
import { type PolicyToolPayload } from '../graphql-types';
import { documentOf, POLICY_TOOL_DETAILS } from '../policy-tool-details/policy-tool-details.projection';
import { policyToolView } from '../policy-tool-details/policy-tool.view';

/** The policy tool aggregate on the CommandBus: register `Handler` in the module, send `Command`s. */
export const PolicyToolCommands = aggregateCommands(policyToolAggregate, { readModels: [POLICY_TOOL_DETAILS] });

/** Sends a command on a tool and answers with the tool as the command left it. */
export async function sendToolCommand(
  commandBus: CommandBus,
  toolId: string,
  request: CommandRequest<PolicyToolCommand>,
  actor: Actor | null,
  expectedRevision?: number,
): Promise<PolicyToolPayload> {
  const outcome = await commandBus.execute(new PolicyToolCommands.Command(toolId, request, actor, { expectedRevision }));
  if (outcome.state.status === 'NONE') throw new NotFoundError(POLICY_TOOL_ERRORS.NOT_FOUND, 'There is no such policy tool.');
  return { policyTool: policyToolView(documentOf(outcome.state), outcome.revision), revision: outcome.revision };
}
