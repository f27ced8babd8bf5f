import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, Projections, handleCommand } from '@pfp/event-sourcing';
import type { AppendContext, EventStore } from '@pfp/event-store';
import { NotFoundError, type Actor } from '@pfp/kernel';
import { DataSource } from 'typeorm';
import { CALL_DETAILS, type CallRow } from './call-details/call-details.projection';
import type { CallForActionState } from './domain/call-for-action';
import { callForActionDecider, type CallActor, type CallForActionCommand } from './domain/decide';
import { CallForAction, CallForActionPayload } from './graphql-types';

/** The event metadata of a command by a signed-in actor. */
export function appendContext(actor: Actor | null, at: string): AppendContext {
  const commandId = randomUUID();
  return {
    actor: actor ? { accountId: actor.accountId, organizationId: actor.organizationId } : null,
    occurredAt: at,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

export const callActor = (actor: Actor): CallActor => ({ organizationId: actor.organizationId, organizationKind: actor.organizationKind });

/** Load-decide-append on a call, then wait until call-details shows it (read-your-writes). */
@Injectable()
export class CallCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: Projections,
    private readonly dataSource: DataSource,
  ) {}

  async execute(actor: Actor | null, callId: string, command: CallForActionCommand, expectedRevision?: number): Promise<CallForActionPayload> {
    const at = 'at' in command ? command.at : new Date().toISOString();
    const result = await handleCommand(this.store, callId, callForActionDecider, command, { expectedRevision, context: appendContext(actor, at) });
    await this.projections.waitFor(result.position, [CALL_DETAILS]);
    if (result.state.status === 'NONE') throw new NotFoundError('CALL.NOT_FOUND', 'There is no such call for action.');
    const callForAction = CallForAction.from(result.state.status, result.state.call, result.revision);
    return { callForAction, revision: result.revision };
  }

  /** The call's current state straight from its stream (for decisions that span aggregates). */
  async load(callId: string): Promise<{ state: CallForActionState; revision: number }> {
    const events = await this.store.readStream(callId);
    let state = callForActionDecider.initialState();
    for (const e of events) state = callForActionDecider.evolve(state, e as never);
    return { state, revision: events.length - 1 };
  }

  async find(callId: string): Promise<CallForAction | null> {
    const rows: Array<CallRow> = await this.dataSource.query(`SELECT status, doc, revision FROM calls_for_action WHERE id = $1`, [callId]);
    return rows[0] ? CallForAction.from(rows[0].status as never, rows[0].doc, rows[0].revision) : null;
  }
}
