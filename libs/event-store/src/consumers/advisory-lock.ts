import { Client } from 'pg';

/**
 * A session-level advisory lock on a connection of its own: PostgreSQL releases it when the
 * connection dies, so a standby process can take over from one that was killed.
 */
export class AdvisoryLock {
  private client: Client | null = null;
  private lostListeners: (() => void)[] = [];

  constructor(
    private readonly connectionString: string,
    private readonly key: string,
  ) {}

  get held(): boolean {
    return this.client !== null;
  }

  async tryAcquire(): Promise<boolean> {
    if (this.client) return true;
    const client = new Client({ connectionString: this.connectionString, application_name: `pfp lock ${this.key}`.slice(0, 63) });
    client.on('error', () => this.lose(client));
    client.on('end', () => this.lose(client));
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok`, [this.key]);
      if (rows[0].ok) {
        this.client = client;
        return true;
      }
    } catch {
      // fall through: not acquired
    }
    await client.end().catch(() => undefined);
    return false;
  }

  /** Called once when the lock's connection fails: whoever relied on it must stop at once. */
  onLost(listener: () => void): void {
    this.lostListeners.push(listener);
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  private lose(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    for (const l of this.lostListeners) l();
  }
}
