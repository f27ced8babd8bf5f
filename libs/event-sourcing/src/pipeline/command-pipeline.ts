import { Inject, Injectable, type Type } from '@nestjs/common';
import { Command as BusCommand, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@pfp/event-store';
import { comparePositions } from '@pfp/event-store';
import type { Actor, Aggregate, AnyCommand, CommandRequest, DomainEvent } from '@pfp/kernel';
import { AppendTimings } from '../nest/append-timings';
import { Projections } from '../nest/projections';
import { EVENT_STORE } from '../nest/tokens';
import { CLOCK, type Clock } from './clock';
import { commandMetadata, runCommand, type CommandOutcome } from './run-command';
import { runTogether, type StreamStep } from './run-together';
import { StreamStates } from './stream-states';

export interface SendOptions {
  /** The revision the client last saw: a different current one is a CONFLICT, never retried. */
  expectedRevision?: number | null;
  /** When this command is caused by another (a process reacting to an event). */
  correlationId?: string;
  causationId?: string;
  /** Read models to wait for instead of the aggregate's defaults ([] waits for none). */
  waitFor?: string[];
}

/** The message put on the CommandBus: one class per aggregate, so one handler per aggregate. */
export interface AggregateCommandMessage<State, C extends AnyCommand, E extends DomainEvent> extends BusCommand<CommandOutcome<State, E>> {
  readonly streamName: string;
  readonly request: CommandRequest<C>;
  readonly actor: Actor | null;
  readonly options: SendOptions;
}

export interface AggregateCommands<State, C extends AnyCommand, E extends DomainEvent> {
  /** `new Practices.Command(id, { type: 'ArchivePractice', data: {} }, actor, { expectedRevision })`, then `commandBus.execute(it)`. */
  Command: new (streamName: string, request: CommandRequest<C>, actor: Actor | null, options?: SendOptions) => AggregateCommandMessage<State, C, E>;
  /** Register it as a provider of the context's module; the CommandBus finds it. */
  Handler: Type<ICommandHandler<AggregateCommandMessage<State, C, E>>>;
}

/**
 * The one command handler, made per aggregate from its decider and policies: load and fold
 * the stream, authorise, decide, append at the revision read with one metadata shape (actor,
 * command, correlation and causation ids, the clock's time), retry a lost race only when the
 * client gave no revision, then wait until the read models serving the answer have the write.
 */
export function aggregateCommands<State, C extends AnyCommand, E extends DomainEvent>(
  aggregate: Aggregate<State, C, E>,
  defaults: { readModels: string[] },
): AggregateCommands<State, C, E> {
  class AggregateCommand extends BusCommand<CommandOutcome<State, E>> implements AggregateCommandMessage<State, C, E> {
    constructor(
      readonly streamName: string,
      readonly request: CommandRequest<C>,
      readonly actor: Actor | null,
      readonly options: SendOptions = {},
    ) {
      super();
    }
  }
  Object.defineProperty(AggregateCommand, 'name', { value: `${aggregate.category}Command` });

  @Injectable()
  @CommandHandler(AggregateCommand)
  class AggregateCommandHandler implements ICommandHandler<AggregateCommand> {
    /** What the last command on each stream read: the next reads only what came after. */
    private readonly states = new StreamStates<State>();

    constructor(
      @Inject(EVENT_STORE) private readonly store: EventStore,
      @Inject(Projections) private readonly projections: Projections,
      @Inject(CLOCK) private readonly clock: Clock,
      @Inject(AppendTimings) private readonly timings: AppendTimings,
    ) {}

    async execute(message: AggregateCommand): Promise<CommandOutcome<State, E>> {
      const { streamName, request, actor, options } = message;
      const metadata = commandMetadata(actor, this.clock.now(), { correlationId: options.correlationId, causationId: options.causationId });
      const outcome = await runCommand(this.store, aggregate, streamName, request, metadata, options.expectedRevision ?? undefined, this.states);
      await this.timings.timeWait(() => this.projections.waitFor(outcome.position, options.waitFor ?? defaults.readModels));
      return outcome;
    }
  }
  Object.defineProperty(AggregateCommandHandler, 'name', { value: `${aggregate.category}CommandHandler` });

  return { Command: AggregateCommand, Handler: AggregateCommandHandler };
}

/** Commands that span several streams, on the same clock and read-your-writes wait as the per-aggregate handlers. */
@Injectable()
export class MultiStreamCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Projections) private readonly projections: Projections,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AppendTimings) private readonly timings: AppendTimings,
  ) {}

  async execute(
    steps: readonly StreamStep[],
    build: (states: unknown[]) => Array<{ type: string; data: unknown }>,
    actor: Actor | null,
    options: { readModels: string[]; commandId?: string; correlationId?: string; causationId?: string },
  ): Promise<CommandOutcome<unknown, DomainEvent>[]> {
    const metadata = commandMetadata(actor, this.clock.now(), options);
    const outcomes = await runTogether(this.store, steps, build, metadata);
    const last = outcomes
      .map((o) => o.position)
      .filter((p) => p !== undefined)
      .sort((a, b) => comparePositions(a, b))
      .pop();
    await this.timings.timeWait(() => this.projections.waitFor(last, options.readModels));
    return outcomes;
  }
}
