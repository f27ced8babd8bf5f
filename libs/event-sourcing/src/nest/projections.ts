import { DomainError, isConnectionError } from '@pfp/kernel';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EventStore, GlobalPosition, RecordedEvent } from '@pfp/event-store';
import { AdvisoryLock, Consumer, comparePositions } from '@pfp/event-store';
import { DataSource, EntityManager } from 'typeorm';
import { ProjectedPositions } from './projected-positions';
import { EVENT_SOURCING_OPTIONS, EVENT_STORE } from './tokens';
import type { EventSourcingOptions } from './tokens';
import { typeormTransactions } from './typeorm-transactions';

/** How often a wait for a projection run by another process reads its checkpoint, in case no notification comes. */
const REMOTE_RECHECK_MS = 100;

/** How long a live consumer's checkpoint may trail a position reached only by passing over other types' events. */
export const PASSED_OVER_CHECKPOINT_MS = 1000;

/** Events per batch of a live consumer at most. */
export const LIVE_BATCH = 2000;

/** How a batch is applied: `rebuilding` when it writes into a rebuild's new, empty tables. */
export interface ProjectionContext {
  rebuilding: boolean;
}

/** A read model fed by the global log; `handle` must be idempotent per event (replays happen on rebuild). */
export interface Projection {
  name: string;
  handle(events: RecordedEvent[], manager: EntityManager, context?: ProjectionContext): Promise<void>;
  /** The event types it handles, when it handles only some: the log may then be read filtered. */
  types?: string[];
  /**
   * The tables it writes, unqualified (in the public schema). Declaring them makes the
   * projection rebuildable without downtime (`npm run projections:rebuild -- <name>`): its
   * SQL must name them unqualified, so a rebuild schema first on the search_path takes the writes.
   */
  tables?: string[];
  /**
   * A faster way for a rebuild to fill its new, empty tables than `handle` in batches: the
   * whole log folded in memory and each row written once (a document projection offers one).
   * `settledAfter`: a row untouched for that many of its events may be written while the log is still read.
   */
  bulkLoader?(options?: { maxDocuments?: number; settledAfter?: number }): BulkLoader;
  /**
   * State in its tables that no event holds (what a mailer sent): a rebuild calls it inside
   * the switch, with the live tables locked, to copy that state from the live tables (in
   * schema `live`) into the rebuilt ones (in schema `rebuilt`) before they change places.
   */
  carryOver?(manager: EntityManager, schemas: { live: string; rebuilt: string }): Promise<void>;
}

/** A rebuild's load: the log's events in order into memory, written out as jobs (COPY) it runs in transactions of their own. */
export interface BulkLoader {
  /** Folds the next events of the log (in order). */
  add(events: readonly RecordedEvent[]): void;
  /** Writes for what should go out now (everything when `final`); each resolves to its rows. Order among them does not matter. */
  drain(final: boolean): Array<(manager: EntityManager) => Promise<number>>;
  /**
   * Events of rows written before they arrived (memory ran short): applied with `handle`
   * after the load, once the keys are indexed. Taken once, after the final drain.
   */
  late(): RecordedEvent[];
}

/** How far one consumer is behind the head of the log. */
export interface ConsumerLag {
  name: string;
  checkpoint: GlobalPosition | null;
  /** Events after its checkpoint, counted up to the cap (`capped` then). */
  events: number;
  capped: boolean;
  /** Age of the oldest event it has not processed yet; 0 when caught up. */
  seconds: number;
}

/**
 * The write succeeded but a read model serving its answer has not caught up within the
 * bound: the client must not retry it (that would write again), only read again shortly.
 */
export class ReadModelLagError extends DomainError {
  constructor(position: GlobalPosition, late: string[]) {
    super(
      'READ_MODEL.LAGGING',
      `Your change was saved, but ${late.join(', ')} has not caught up with it yet (${position.commit}/${position.prepare}): read it again shortly; do not repeat the change.`,
      'READ_MODEL_LAGGING',
    );
  }
}

/**
 * Runs every registered projection as a consumer of the log (one process at a time per
 * projection, by advisory lock) and lets a mutation wait until its write is readable.
 */
@Injectable()
export class Projections implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly registered = new Map<string, Projection>();
  private readonly consumers = new Map<string, Consumer<EntityManager>>();
  private supervisor: NodeJS.Timeout | null = null;
  private readonly projected: ProjectedPositions;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(EVENT_SOURCING_OPTIONS) private readonly options: EventSourcingOptions,
  ) {
    this.projected = new ProjectedPositions(options.databaseUrl, (channel, payload) => dataSource.query(`SELECT pg_notify($1, $2)`, [channel, payload]));
  }

  register(projection: Projection): void {
    if (this.registered.has(projection.name)) throw new Error(`Projection ${projection.name} is registered twice`);
    this.registered.set(projection.name, projection);
  }

  list(): Projection[] {
    return [...this.registered.values()];
  }

  status(): { name: string; status: string; checkpoint: GlobalPosition | null }[] {
    return [...this.consumers.values()].map((c) => ({ name: c.name, status: c.status, checkpoint: c.checkpoint }));
  }

  onApplicationBootstrap(): void {
    if (!this.options.runConsumers) return;
    const tx = typeormTransactions(this.dataSource);
    for (const projection of this.registered.values()) {
      const consumer: Consumer<EntityManager> = new Consumer<EntityManager>({
        store: this.store,
        handler: {
          name: projection.name,
          // only its event types, where the store can filter: the others are passed over in the log
          ...(projection.types ? { types: projection.types } : {}),
          handle: (events, manager) => projection.handle(events, manager),
        },
        // A rebuild may have moved the checkpoint: never apply a batch read from a stale position.
        // Moved first in the batch's transaction, the checkpoint row is locked and checked before
        // the handler writes, so a rebuild's switch (which takes the row first too) and a batch
        // never wait on each other in opposite orders.
        checkpointFirst: true,
        // a set-based projection takes a backlog in few large batches; caught up, a batch is what just came
        batchSize: LIVE_BATCH,
        // a position that only passed over other types' events is stored once a second, not every
        // 200 ms: each store is a transaction, and every append moves every projection's position
        // (a restart reads at most a second of such events again, handling none of them)
        checkpointIntervalMs: PASSED_OVER_CHECKPOINT_MS,
        transactions: tx,
        checkpoints: tx.checkpoints,
        lock: new AdvisoryLock(this.options.databaseUrl, `pfp:consumer:${projection.name}`),
        pollIntervalMs: this.options.pollIntervalMs,
        lockRetryMs: this.options.lockRetryMs,
        // waiters in other processes (APIs beside a projector) learn of it at once
        onProgress: (position) => this.projected.publish(projection.name, position),
        log: (level, message, details) => this.logger[level === 'info' ? 'log' : level](message, details?.stack),
      });
      this.consumers.set(projection.name, consumer);
      consumer.start();
    }
    this.logger.log(`running ${this.consumers.size} projection(s): ${[...this.consumers.keys()].join(', ')}`);
    this.supervisor = setInterval(() => this.restartAfterOutage(), this.options.lockRetryMs);
    this.supervisor.unref();
  }

  /**
   * A consumer stops on any error so that a failing handler never skips an event; when the
   * error was the database or the event store going away (not the handler's logic), start it
   * again from its checkpoint once they answer, so an outage does not need a redeploy.
   */
  private restartAfterOutage(): void {
    for (const consumer of this.consumers.values()) {
      if (consumer.status === 'failed' && isConnectionError(consumer.lastError)) {
        this.logger.warn(`[${consumer.name}] restarting after a connection failure: ${consumer.lastError?.message}`);
        consumer.start();
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.supervisor) clearInterval(this.supervisor);
    this.supervisor = null;
    await Promise.all([...this.consumers.values()].map((c) => c.stop()));
    this.consumers.clear();
    await this.projected.close();
  }

  /**
   * Read-your-writes: resolves when every projection (or those named) has processed
   * `position`, whichever process runs it; throws ReadModelLagError after `timeoutMs`. One
   * run here is waited for in memory; one run elsewhere by its process's notifications
   * (ProjectedPositions), the checkpoint table read when none came for REMOTE_RECHECK_MS.
   */
  async waitFor(
    position: GlobalPosition | undefined,
    names: string[] = [...this.registered.keys()],
    timeoutMs = this.options.readYourWritesTimeoutMs,
  ): Promise<void> {
    if (!position || names.length === 0 || (position.commit === 0n && position.prepare === 0n)) return; // nothing written yet
    const deadline = Date.now() + timeoutMs;
    const pending = new Set(names);
    while (pending.size > 0) {
      for (const name of [...pending]) {
        const local = this.consumers.get(name);
        if (local?.status === 'running') {
          if (await local.waitFor(position, Math.max(0, Math.min(50, deadline - Date.now())))) pending.delete(name);
        } else if (await this.remoteReached(name, position, deadline)) {
          pending.delete(name);
        }
      }
      if (pending.size === 0) return;
      if (Date.now() >= deadline) throw new ReadModelLagError(position, [...pending]);
    }
  }

  /** Lag of every registered projection, wherever it runs (from the checkpoint table, or what its process said since). */
  async lag(cap = 1000): Promise<ConsumerLag[]> {
    const names = [...this.registered.keys()];
    if (names.length === 0) return [];
    const rows: { consumer: string; c: string; p: string }[] = await this.dataSource.query(
      `SELECT consumer, commit_position::text AS c, prepare_position::text AS p FROM es_checkpoints WHERE consumer = ANY($1)`,
      [names],
    );
    const byName = new Map<string, GlobalPosition>(rows.map((r) => [r.consumer, { commit: BigInt(r.c), prepare: BigInt(r.p) }]));
    // the table may trail a position that only passed over other types' events (Consumer checkpointIntervalMs)
    for (const name of names) {
      const known = this.projected.position(name);
      const stored = byName.get(name);
      if (known && (!stored || comparePositions(known, stored) > 0)) byName.set(name, known);
    }
    const now = Date.now();
    // projections at the same checkpoint (the usual case when caught up) share one read
    const reads = new Map<string, Promise<RecordedEvent[]>>();
    return Promise.all(
      names.map(async (name) => {
        const checkpoint = byName.get(name) ?? null;
        const key = checkpoint ? `${checkpoint.commit}/${checkpoint.prepare}` : 'start';
        let read = reads.get(key);
        if (!read) {
          read = this.store.readAll({ after: checkpoint ?? undefined, maxCount: cap });
          reads.set(key, read);
        }
        const behind = await read;
        const seconds = behind.length === 0 ? 0 : Math.max(0, (now - behind[0].recordedAt.getTime()) / 1000);
        return { name, checkpoint, events: behind.length, capped: behind.length >= cap, seconds };
      }),
    );
  }

  /**
   * Whether a projection run elsewhere has reached `position`, within REMOTE_RECHECK_MS. Once
   * this process hears its notifications they say when (a query per wait costs more than the
   * rest of it), the checkpoint table read only when none came in time; until then the table first.
   */
  private async remoteReached(name: string, position: GlobalPosition, deadline: number): Promise<boolean> {
    if (this.projected.reached(name, position)) return true;
    const notified = () => this.projected.waitFor(name, position, Math.max(0, Math.min(REMOTE_RECHECK_MS, deadline - Date.now())));
    if (this.projected.hearing) return (await notified()) || this.checkpointReached(name, position);
    return (await this.checkpointReached(name, position)) || notified();
  }

  private async checkpointReached(name: string, position: GlobalPosition): Promise<boolean> {
    const stored = await typeormTransactions(this.dataSource).checkpoints.read(name);
    return stored !== null && comparePositions(stored, position) >= 0;
  }
}
