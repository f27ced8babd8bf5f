import type { CommandBus } from '@nestjs/cqrs';
import { aggregateCommands, type CommandOutcome } from '@pfp/event-sourcing';
import { NotFoundError, type Actor, type CommandRequest } from '@pfp/kernel';
import { partnershipProjectAggregate, PROJECT_ERRORS, type PartnershipProjectCommand } from '../domain/decide';
import type { PartnershipProjectEvent, PartnershipProjectState } from '../domain/partnership-project';
import { PartnershipProject, type PartnershipProjectPayload } from '../graphql-types';
import { PROJECT_DETAILS } from '../project-details/project-details.projection';

/** The project aggregate on the CommandBus: register `Handler` in the module, send `Command`s. */
export const PartnershipProjectCommands = aggregateCommands(partnershipProjectAggregate, { readModels: [PROJECT_DETAILS] });

/** The project as a command left it, as the mutations answer. */
export function projectPayload(
  outcome: Pick<CommandOutcome<PartnershipProjectState, PartnershipProjectEvent>, 'state' | 'revision'>,
): PartnershipProjectPayload {
  if (outcome.state.status === 'NONE') throw new NotFoundError(PROJECT_ERRORS.NOT_FOUND, 'There is no such partnership project.');
  return { partnershipProject: PartnershipProject.from(outcome.state.status, outcome.state.project, outcome.revision), revision: outcome.revision };
}

/** Sends a command on a project and answers with the project as the command left it. */
export async function sendProjectCommand(
  commandBus: CommandBus,
  projectId: string,
  request: CommandRequest<PartnershipProjectCommand>,
  actor: Actor | null,
  expectedRevision?: number,
): Promise<PartnershipProjectPayload> {
  return projectPayload(await commandBus.execute(new PartnershipProjectCommands.Command(projectId, request, actor, { expectedRevision })));
}
