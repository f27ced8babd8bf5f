import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, Projections, handleCommand, type CommandResult } from '@pfp/event-sourcing';
import type { EventStore } from '@pfp/event-store';
import type { Actor } from '@pfp/kernel';
import { followsDecider, type FollowsCommand } from './domain/decide';
import { followsStreamOf, type FollowsEvent, type FollowsState } from './domain/follows';
import { FEED } from './feed/feed.projection';

/** Commands on the viewer's own follows stream; returns once the feed read model has them. */
@Injectable()
export class FollowsCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: Projections,
  ) {}

  async execute(actor: Actor, command: FollowsCommand): Promise<CommandResult<FollowsState, FollowsEvent>> {
    const commandId = randomUUID();
    const result = await handleCommand(this.store, followsStreamOf(actor.accountId), followsDecider, command, {
      context: { actor: { accountId: actor.accountId, organizationId: actor.organizationId }, occurredAt: command.at, commandId, correlationId: commandId, causationId: commandId },
    });
    await this.projections.waitFor(result.position, [FEED]);
    return result;
  }

  /** The account's follows, straight from its stream (no read-model lag). */
  async load(accountId: string): Promise<FollowsState> {
    const events = await this.store.readStream(followsStreamOf(accountId));
    return events.reduce((s, e) => followsDecider.evolve(s, { type: e.type, data: e.data } as FollowsEvent), followsDecider.initialState());
  }
}
