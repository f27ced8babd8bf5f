/** How soon a reader reads again when committed events wait behind an older open transaction. */
export const HELD_BACK_RETRY_MS = 10;

/** Sleeps until woken or until the timeout: a wake-up that came while awake is not lost. */
export class Wakeup {
  private pending = false;
  private waiter: (() => void) | null = null;

  wake = (): void => {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w();
    } else {
      this.pending = true;
    }
  };

  wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve();
      }, timeoutMs);
      timer.unref?.();
      this.waiter = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
