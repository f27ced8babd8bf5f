import { Injectable } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MultiStreamCommands, type CommandOutcome, type StreamStep } from '@pfp/event-sourcing';
import type { Actor, AnyCommand, CommandRequest, DomainEvent } from '@pfp/kernel';
import { partnershipProjectAggregate, PROJECT_DETAILS, type LaunchRequestData, type PartnershipProjectCommand } from '@pfp/partnership-projects';
import { CALL_DETAILS } from '../call-details/call-details.projection';
import type { CallForActionState } from '../domain/call-for-action';
import { callForActionAggregate, type CallForActionCommand } from '../domain/decide';

/**
 * Launching a project from a call, as one command over two streams: the project's launch
 * (decided by the project aggregate, its partners joined by the call's accepted responders)
 * and the call's conversion (decided by the call). Both decide before anything is written,
 * so a refusal by either writes nothing. The project comes first: where the store cannot
 * append both atomically (KurrentDB) the streams are written in this order, so a crash in
 * between leaves a launched project whose call is not converted yet (never a converted call
 * naming a missing project), and complete-call-conversion finishes the conversion.
 */
export function launchFromCallSteps(
  callId: string,
  projectId: string,
  launch: LaunchRequestData,
): { steps: StreamStep[]; build: (states: unknown[]) => CommandRequest<AnyCommand>[] } {
  const steps: StreamStep[] = [
    { aggregate: partnershipProjectAggregate as unknown as StreamStep['aggregate'], streamName: projectId },
    { aggregate: callForActionAggregate as unknown as StreamStep['aggregate'], streamName: callId },
  ];
  const build = (states: unknown[]): CommandRequest<AnyCommand>[] => {
    const call = states[1] as CallForActionState;
    const partners = [...launch.partners];
    if (call.status !== 'NONE') {
      for (const r of call.call.responses) {
        if (r.status === 'ACCEPTED' && !partners.some((p) => p.organizationId === r.organizationId))
          partners.push({ organizationId: r.organizationId, role: 'PARTNER' });
      }
    }
    const launchRequest: CommandRequest<PartnershipProjectCommand> = { type: 'LaunchPartnershipProject', data: { ...launch, fromCallId: callId, partners } };
    const conversion: CommandRequest<CallForActionCommand> = { type: 'ConvertCallForAction', data: { projectId } };
    return [launchRequest, conversion];
  };
  return { steps, build };
}

/** The command on the CommandBus; its outcome lists the project's step, then the call's. */
export class LaunchProjectFromCall extends Command<CommandOutcome<unknown, DomainEvent>[]> {
  constructor(
    readonly callId: string,
    readonly projectId: string,
    readonly launch: LaunchRequestData,
    readonly actor: Actor | null,
  ) {
    super();
  }
}

@Injectable()
@CommandHandler(LaunchProjectFromCall)
export class LaunchProjectFromCallHandler implements ICommandHandler<LaunchProjectFromCall> {
  constructor(private readonly multiStream: MultiStreamCommands) {}

  execute(command: LaunchProjectFromCall): Promise<CommandOutcome<unknown, DomainEvent>[]> {
    const { steps, build } = launchFromCallSteps(command.callId, command.projectId, command.launch);
    return this.multiStream.execute(steps, build as (states: unknown[]) => Array<{ type: string; data: unknown }>, command.actor, {
      readModels: [PROJECT_DETAILS, CALL_DETAILS],
    });
  }
}
