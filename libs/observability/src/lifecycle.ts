import { Injectable } from '@nestjs/common';

/**
 * Whether this process is draining (readiness answers 503, new requests are refused) and
 * how many requests are in flight, so shutdown can wait for the commands already accepted.
 */
@Injectable()
export class Lifecycle {
  private inFlight = 0;
  private idle: (() => void)[] = [];
  private drainingSince: number | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  startDraining(): void {
    this.drainingSince ??= Date.now();
  }

  requestStarted(): () => void {
    this.inFlight++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
    };
  }

  /** Resolves true when no request is in flight, false after `timeoutMs`. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
