import type { GlobalPosition } from '@pfp/event-store';
import { comparePositions } from '@pfp/event-store';
import { Client } from 'pg';

/** Where processes running projections say how far each has got (see ProjectedPositions). */
export const PROJECTED_CHANNEL = 'pfp_projected';

interface Waiter {
  name: string;
  target: GlobalPosition;
  resolve: (reached: boolean) => void;
}

const encode = (p: GlobalPosition) => (p.commit === p.prepare ? `${p.commit}` : `${p.commit}/${p.prepare}`);

function decode(text: unknown): GlobalPosition | null {
  if (typeof text !== 'string' || !/^\d+(\/\d+)?$/.test(text)) return null;
  const [commit, prepare = commit] = text.split('/');
  return { commit: BigInt(commit), prepare: BigInt(prepare) };
}

/**
 * Read-your-writes across processes. A process running projections NOTIFYs how far they have
 * got as they move (a position whose batch committed, or one they passed over having nothing
 * to write: either way its read model serves everything up to it), all that moved since the
 * last NOTIFY in one, the next as soon as the last is sent. A process waiting for a projection
 * run elsewhere LISTENs and is woken by that instead of polling the checkpoint table; the
 * table stays the fallback (LISTEN not yet up, its connection lost) for whoever uses this.
 */
export class ProjectedPositions {
  private readonly known = new Map<string, GlobalPosition>();
  private readonly waiters = new Set<Waiter>();
  private readonly outgoing = new Map<string, GlobalPosition>();
  private sending = false;
  private client: Client | null = null;
  private listening: Promise<void> | null = null;
  /** The LISTEN is up: from now on every move of a projection elsewhere is heard. */
  private heard = false;
  private closed = false;
  private listenAfter = 0;

  constructor(
    private readonly databaseUrl: string,
    private readonly notify: (channel: string, payload: string) => Promise<unknown>,
  ) {}

  /** A projection of this process moved to `position`: told to the other processes. */
  publish(name: string, position: GlobalPosition): void {
    this.outgoing.set(name, position);
    this.learn(name, position);
    if (!this.sending && !this.closed) void this.send();
  }

  /** The furthest position `name` is known to have reached (this process's or a notification's), if any. */
  position(name: string): GlobalPosition | undefined {
    return this.known.get(name);
  }

  /** Whether this process hears the notifications now (its LISTEN is up): a wait may then count on them, not on the table. */
  get hearing(): boolean {
    return this.heard;
  }

  /** Whether `name` is known (from a notification) to be at or past `target`. */
  reached(name: string, target: GlobalPosition): boolean {
    const known = this.known.get(name);
    return known !== undefined && comparePositions(known, target) >= 0;
  }

  /** Resolves true once a notification says `name` is at or past `target`, false after `timeoutMs`. */
  waitFor(name: string, target: GlobalPosition, timeoutMs: number): Promise<boolean> {
    if (!this.listening && Date.now() >= this.listenAfter && !this.closed) this.listening = this.listen();
    if (this.reached(name, target)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = { name, target, resolve };
      this.waiters.add(waiter);
      setTimeout(() => {
        if (this.waiters.delete(waiter)) resolve(false);
      }, timeoutMs).unref();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.heard = false;
    for (const w of this.waiters) w.resolve(false);
    this.waiters.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async send(): Promise<void> {
    this.sending = true;
    try {
      // what moved while the last NOTIFY was on its way goes in the next one
      while (this.outgoing.size > 0 && !this.closed) {
        const payload = JSON.stringify(Object.fromEntries([...this.outgoing].map(([n, p]) => [n, encode(p)])));
        this.outgoing.clear();
        await this.notify(PROJECTED_CHANNEL, payload).catch(() => undefined);
      }
    } finally {
      this.sending = false;
    }
  }

  private learn(name: string, position: GlobalPosition): void {
    const known = this.known.get(name);
    if (known && comparePositions(known, position) >= 0) return;
    this.known.set(name, position);
    for (const w of this.waiters) {
      if (w.name === name && comparePositions(position, w.target) >= 0) {
        this.waiters.delete(w);
        w.resolve(true);
      }
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'pfp projected positions' });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      this.heard = false;
      this.listening = null; // the next wait listens again; until then the checkpoint table answers
      void client.end().catch(() => undefined);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      let moved: Record<string, unknown>;
      try {
        moved = JSON.parse(message.payload ?? '{}') as Record<string, unknown>;
      } catch {
        return;
      }
      for (const [name, text] of Object.entries(moved)) {
        const position = decode(text);
        if (position) this.learn(name, position);
      }
    });
    try {
      await client.connect();
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      await client.query(`LISTEN ${PROJECTED_CHANNEL}`);
      this.heard = this.client === client;
    } catch {
      // the database refused: try again in a second, the checkpoint table answering meanwhile
      this.client = null;
      this.heard = false;
      this.listening = null;
      this.listenAfter = Date.now() + 1000;
      await client.end().catch(() => undefined);
    }
  }
}
