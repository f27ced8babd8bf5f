import type { EventStore } from '../event-store';
import type { GlobalPosition, RecordedEvent } from '../types';
import { START, comparePositions, formatPosition } from '../types';
import { HELD_BACK_RETRY_MS, Wakeup } from '../wakeup';
import type { CheckpointStore, TransactionRunner } from './checkpoints';

/** One named reader of the global log with a durable checkpoint (a projection, a notifier). */
export interface ConsumerHandler<Tx> {
  name: string;
  /**
   * The event types it handles, when it handles few: others are filtered out in the store
   * and passed over (the checkpoint still moves past them). Absent: every event.
   */
  types?: readonly string[];
  /** Called with a batch in log order, inside the transaction that will also move the checkpoint. */
  handle(events: RecordedEvent[], tx: Tx): Promise<void>;
}

export interface ExclusiveLock {
  tryAcquire(): Promise<boolean>;
  onLost(listener: () => void): void;
  release(): Promise<void>;
}

export interface ConsumerOptions<Tx> {
  store: EventStore;
  handler: ConsumerHandler<Tx>;
  transactions: TransactionRunner<Tx>;
  checkpoints: CheckpointStore<Tx>;
  /** So that two processes never run the same consumer at once; absent: no lock (one process). */
  lock?: ExclusiveLock;
  batchSize?: number;
  pollIntervalMs?: number;
  lockRetryMs?: number;
  /**
   * Most time a checkpoint that only passed over events of other types stays unwritten
   * (default 200 ms): such a batch changes nothing of the handler's, so it costs no
   * transaction; the position moves at once here (waitFor sees it) and in the table soon.
   */
  checkpointIntervalMs?: number;
  /**
   * The transactions are real (the handler's writes and the checkpoint commit or roll back
   * together): the checkpoint is then moved first, which locks its row and checks that no
   * other process moved it before the handler writes anything, in one statement.
   */
  checkpointFirst?: boolean;
  /** Called whenever the position moves (its batch committed, or it passed over other types' events). */
  onProgress?: (position: GlobalPosition) => void;
  log?: (level: 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>) => void;
}

export type ConsumerStatus = 'stopped' | 'standby' | 'running' | 'failed';

/**
 * Runs a handler over the global log: catch-up from its checkpoint, then follow. Each batch
 * and its checkpoint commit together, so a crash between them re-delivers nothing twice;
 * a handler error stops the consumer rather than skip an event.
 */
export class Consumer<Tx> {
  private state: ConsumerStatus = 'stopped';
  private position: GlobalPosition | null = null;
  /** The checkpoint as stored; behind `position` while passed-over events wait to be written (since `unsavedSince`). */
  private stored: GlobalPosition | null = null;
  private unsavedSince: number | null = null;
  private error: Error | null = null;
  private running = false;
  private loop: Promise<void> | null = null;
  private readonly wakeup = new Wakeup();
  private unlisten: (() => void) | null = null;
  private readonly progressWaiters = new Set<{ target: GlobalPosition; resolve: () => void }>();
  private lostLock = false;

  constructor(private readonly options: ConsumerOptions<Tx>) {
    options.lock?.onLost(() => {
      this.lostLock = true;
      this.log('warn', 'lost the consumer lock; pausing');
      this.wakeup.wake();
    });
  }

  get name(): string {
    return this.options.handler.name;
  }

  get status(): ConsumerStatus {
    return this.state;
  }

  get checkpoint(): GlobalPosition | null {
    return this.position;
  }

  /** The checkpoint as this process last stored it (what a batch's transaction expects to find). */
  get storedCheckpoint(): GlobalPosition | null {
    return this.stored;
  }

  get lastError(): Error | null {
    return this.error;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.error = null;
    this.unlisten = this.options.store.onAppended(this.wakeup.wake);
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeup.wake();
    await this.loop;
    this.loop = null;
    this.unlisten?.();
    if (this.state === 'running' && !this.lostLock) {
      await this.saveCheckpoint().catch((error: Error) => this.log('warn', `checkpoint not saved at stop: ${error.message}`));
    }
    await this.options.lock?.release();
    if (this.state !== 'failed') this.state = 'stopped';
  }

  /** Resolves once the checkpoint is at or past `target`, or after `timeoutMs` (returns false). */
  waitFor(target: GlobalPosition, timeoutMs: number): Promise<boolean> {
    if (this.position && !before(this.position, target)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { target, resolve: () => resolve(true) };
      this.progressWaiters.add(waiter);
      setTimeout(() => {
        if (this.progressWaiters.delete(waiter)) resolve(false);
      }, timeoutMs).unref();
    });
  }

  private async run(): Promise<void> {
    const { lock, lockRetryMs = 1000 } = this.options;
    try {
      while (this.running) {
        if (lock && (this.lostLock || this.state !== 'running')) {
          this.lostLock = false;
          this.state = 'standby';
          if (!(await lock.tryAcquire().catch(() => false))) {
            await this.wakeup.wait(lockRetryMs);
            continue;
          }
          this.log('info', 'acquired the consumer lock');
        }
        this.state = 'running';
        this.position = await this.options.checkpoints.read(this.name);
        this.stored = this.position;
        this.unsavedSince = null;
        await this.follow();
      }
    } catch (error) {
      this.state = 'failed';
      this.error = error as Error;
      this.running = false;
      this.log('error', `consumer stopped at ${this.position ? formatPosition(this.position) : 'start'}: ${(error as Error).message}`, {
        stack: (error as Error).stack,
      });
      await lock?.release();
    }
  }

  /** Processes batches until stopped or the lock is lost. */
  private async follow(): Promise<void> {
    const { store, handler, checkpoints, batchSize = 500, pollIntervalMs = 500 } = this.options;
    let reachedEnd = false;
    // whether events were held back beyond the last page, as of the query that bounded it (undefined: unknown)
    let heldBack: boolean | undefined;
    while (this.running && !this.lostLock) {
      if (reachedEnd) {
        // The last batch read all that was settled: an append since then has woken us (its
        // announcement comes after its commit), so only events held back behind an append still
        // in flight may wait unannounced (that append may roll back): one check, not a read,
        // and none when the page's own bound said so.
        reachedEnd = false;
        const held = heldBack ?? (await store.hasHeldBackEvents?.(this.position ?? START));
        if (!(await this.sleep(held ? HELD_BACK_RETRY_MS : pollIntervalMs))) return;
        if (!this.running || this.lostLock) return;
      }
      let events: RecordedEvent[];
      let next: GlobalPosition | null;
      ({ events, end: next, heldBack } = await this.read(batchSize));
      if (!this.moves(next)) {
        // nothing held back when the page was bounded: whatever commits since announces itself
        if (heldBack === false) {
          if (!(await this.sleep(pollIntervalMs))) return;
          continue;
        }
        const held = await store.hasHeldBackEvents?.(this.position ?? START);
        // an append that held events back may have rolled back (announcing nothing) since the read
        if (held === false) ({ events, end: next, heldBack } = await this.read(batchSize));
        if (!this.moves(next)) {
          if (!(await this.sleep(held ? HELD_BACK_RETRY_MS : pollIntervalMs))) return;
          continue;
        }
      }
      if (events.length === 0) {
        // only events of other types: nothing to handle, so no transaction now; the checkpoint follows
        this.unsavedSince ??= Date.now();
      } else {
        const from = this.stored;
        const saved = await this.inTransaction(async (tx) => {
          if (!this.options.checkpointFirst) {
            await handler.handle(events, tx);
            return checkpoints.write(tx, this.name, from, next);
          }
          if (!(await checkpoints.write(tx, this.name, from, next))) return false;
          await handler.handle(events, tx);
          return true;
        });
        if (!saved) return;
        this.stored = next;
        this.unsavedSince = null;
      }
      this.moved(next);
      reachedEnd = events.length < batchSize;
    }
  }

  private moved(next: GlobalPosition): void {
    this.position = next;
    this.options.onProgress?.(next);
    for (const w of this.progressWaiters) {
      if (!before(next, w.target)) {
        this.progressWaiters.delete(w);
        w.resolve();
      }
    }
  }

  /** Runs a batch's (or a checkpoint's) transaction; false when another process moved the checkpoint (this one steps back). */
  private async inTransaction(work: (tx: Tx) => Promise<boolean>): Promise<boolean> {
    try {
      await this.options.transactions.transaction(async (tx) => {
        if (!(await work(tx))) throw new CheckpointMovedError(this.name);
      });
      return true;
    } catch (error) {
      if (!(error instanceof CheckpointMovedError)) throw error;
      // Another process owns this consumer now (our lock must have gone): step back.
      this.log('warn', error.message);
      this.lostLock = true;
      await this.options.lock?.release();
      return false;
    }
  }

  /** Writes a position that only passed over other types' events; false when another process moved the checkpoint. */
  private async saveCheckpoint(): Promise<boolean> {
    const next = this.position;
    if (this.unsavedSince === null || next === null) return true;
    const from = this.stored;
    if (!(await this.inTransaction((tx) => this.options.checkpoints.write(tx, this.name, from, next)))) return false;
    this.stored = next;
    if (this.position === next) this.unsavedSince = null;
    return true;
  }

  /** Waits for a wake-up or `timeoutMs`, saving an unsaved checkpoint when it falls due; false when it must step back. */
  private async sleep(timeoutMs: number): Promise<boolean> {
    const { checkpointIntervalMs = 200 } = this.options;
    const due = () => (this.unsavedSince === null ? Infinity : this.unsavedSince + checkpointIntervalMs - Date.now());
    if (due() > 0) await this.wakeup.wait(Math.min(timeoutMs, due()));
    return due() > 0 || !this.running || this.lostLock ? true : this.saveCheckpoint();
  }

  private moves(next: GlobalPosition | null): next is GlobalPosition {
    return next !== null && (this.position === null || before(this.position, next));
  }

  /** The next batch and how far it reaches (null: nothing new); with `types`, past the events of other types. */
  private async read(batchSize: number): Promise<{ events: RecordedEvent[]; end: GlobalPosition | null; heldBack?: boolean }> {
    const { store, handler } = this.options;
    const after = this.position ?? undefined;
    if (store.readAllPage) {
      const page = await store.readAllPage({ after, maxCount: batchSize, ...(handler.types ? { types: handler.types } : {}) });
      const end = page.events.length === 0 && !after && comparePositions(page.end, START) === 0 ? null : page.end;
      return { events: page.events, end, ...(page.heldBack === undefined ? {} : { heldBack: page.heldBack }) };
    }
    if (!handler.types) {
      const events = await store.readAll({ after, maxCount: batchSize });
      return { events, end: events.length === 0 ? null : events[events.length - 1].position };
    }
    const types = new Set(handler.types);
    const events = await store.readAll({ after, maxCount: batchSize });
    return { events: events.filter((e) => types.has(e.type)), end: events.length === 0 ? null : events[events.length - 1].position };
  }

  private log(level: 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>): void {
    this.options.log?.(level, `[${this.name}] ${message}`, details);
  }
}

/** Another process moved this consumer's checkpoint: this one must not write over it. */
export class CheckpointMovedError extends Error {
  constructor(consumer: string) {
    super(`The checkpoint of ${consumer} was moved by another process`);
  }
}

function before(a: GlobalPosition, b: GlobalPosition): boolean {
  return comparePositions(a, b) < 0;
}
