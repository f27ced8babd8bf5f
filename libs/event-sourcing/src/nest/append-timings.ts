import { Injectable } from '@nestjs/common';
import type { EventStore } from '@pfp/event-store';

export type AppendOutcome = 'ok' | 'conflict' | 'error';
type Listener = (seconds: number, outcome: AppendOutcome) => void;

/**
 * Every append's duration and outcome, and every command's wait for its read models after it
 * (read-your-writes), for whoever measures them (the metrics endpoint, bench:ryw).
 */
@Injectable()
export class AppendTimings {
  private readonly listeners = new Set<Listener>();
  private readonly waitListeners = new Set<(seconds: number) => void>();

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  record(seconds: number, outcome: AppendOutcome): void {
    for (const l of this.listeners) l(seconds, outcome);
  }

  listenWaits(listener: (seconds: number) => void): () => void {
    this.waitListeners.add(listener);
    return () => this.waitListeners.delete(listener);
  }

  /** Times `wait` (a command's wait for its read models), whether it resolves or throws. */
  async timeWait<T>(wait: () => Promise<T>): Promise<T> {
    if (this.waitListeners.size === 0) return wait();
    const started = process.hrtime.bigint();
    try {
      return await wait();
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      for (const l of this.waitListeners) l(seconds);
    }
  }
}

/** The same store, its appends timed; other calls go straight through (prototype methods included). */
export function timedAppends<S extends EventStore>(store: S, timings: AppendTimings): S {
  const timed =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = process.hrtime.bigint();
      try {
        const result = await call(...args);
        timings.record(Number(process.hrtime.bigint() - started) / 1e9, 'ok');
        return result;
      } catch (error) {
        const conflict = (error as { code?: string })?.code === 'EVENT_STORE.WRONG_EXPECTED_REVISION';
        timings.record(Number(process.hrtime.bigint() - started) / 1e9, conflict ? 'conflict' : 'error');
        throw error;
      }
    };
  const appendToStream = timed(store.appendToStream.bind(store));
  const appendToStreams = timed(store.appendToStreams.bind(store));
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'appendToStream') return appendToStream;
      if (key === 'appendToStreams') return appendToStreams;
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
