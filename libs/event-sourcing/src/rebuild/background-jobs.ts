/**
 * Jobs run in the background, at most `parallel` at once, in the order pushed. The first
 * failure stops the jobs not yet started; `finish` waits for those running and throws it.
 */
export class BackgroundJobs<J, R> {
  private readonly queue: Array<{ job: J; then: (result: R) => void }> = [];
  private running = 0;
  private failure: { error: unknown } | null = null;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly parallel: number,
    private readonly run: (job: J) => Promise<R>,
  ) {}

  /** Queued and running. */
  get pending(): number {
    return this.queue.length + this.running;
  }

  push(job: J, then: (result: R) => void): void {
    this.queue.push({ job, then });
    this.startMore();
  }

  /** Resolves once fewer than `count` are pending (throws the first failure). */
  async whenBelow(count: number): Promise<void> {
    while (this.pending >= count && !this.failure) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure.error;
  }

  /** Starts no more of the queued jobs (those running go on). */
  stop(): void {
    this.queue.length = 0;
  }

  /** Waits for every job (none left to start after a failure), then throws the first failure. */
  async finish(): Promise<void> {
    while (this.running > 0 || (this.queue.length > 0 && !this.failure)) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure.error;
  }

  private startMore(): void {
    while (!this.failure && this.running < this.parallel && this.queue.length > 0) {
      const { job, then } = this.queue.shift()!;
      this.running++;
      this.run(job)
        .then(then)
        .catch((error: unknown) => {
          this.failure ??= { error };
          this.stop();
        })
        .finally(() => {
          this.running--;
          this.startMore();
          const waiters = this.waiters.splice(0);
          for (const wake of waiters) wake();
        });
    }
  }
}
