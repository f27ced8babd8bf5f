import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@pfp/config';
import { ConcurrencyError, NO_STREAM, type EventStore } from '@pfp/event-store';
import { Contributions } from './contributions';

/**
 * One step of the demo seed, contributed by its context. Steps run in `order` (identity's
 * organisations and accounts at 0, then the event streams that name them), each idempotent:
 * every demo boot runs them all.
 */
export interface DemoSeedStep {
  name: string;
  order: number;
  /** Seeds what is missing; returns a line for the log when it seeded something. */
  run(): Promise<string | null>;
}

/** Runs the demo seed steps at boot, in demo mode only and never in production. */
@Injectable()
export class DemoSeedRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly contributions: Contributions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Both conditions on purpose: demo accounts with a published password must never reach production.
    if (!this.config.demo || this.config.env === 'production') return;
    for (const step of this.contributions.demoSeeds()) {
      const seeded = await step.run();
      if (seeded) this.logger.log(`demo: ${seeded}`);
    }
  }
}

/** The facts of the 2011 report (demo/gfmd-2011-facts.json), found walking up from here: works from src and dist alike. */
export function readDemoFacts<T>(): T {
  let dir = __dirname;
  for (;;) {
    const file = join(dir, 'demo', 'gfmd-2011-facts.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('demo/gfmd-2011-facts.json not found above ' + __dirname);
    dir = parent;
  }
}

/** The namespace of the demo's call and project ids: fixed forever, so they stay the same across machines and boots. */
export const DEMO_NAMESPACE = Buffer.from('2b9c3c1e7f4d4e0a8d6b5a4c3e2f1a0b', 'hex');

/** A name-based (v5-style, SHA-1) uuid: the same demo ids on every boot and every machine. */
export function demoUuid(namespace: Buffer | string, name: string): string {
  const bytes = Buffer.from(createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A demo stream under a fixed id: its events, who wrote them and when. */
export interface DemoStream {
  stream: string;
  events: ReadonlyArray<{ type: string; data: unknown }>;
  actor: { accountId: string; organizationId: string };
  occurredAt: string;
}

/** Idempotent: fixed stream ids appended with NO_STREAM, so a second boot (or a second process) appends nothing. Returns how many were new. */
export async function appendDemoStreams(store: EventStore, streams: readonly DemoStream[]): Promise<number> {
  let seeded = 0;
  for (const { stream, events, actor, occurredAt } of streams) {
    try {
      await store.appendToStream(
        stream,
        events.map((e) => ({ type: e.type, data: e.data })),
        { expectedRevision: NO_STREAM, context: { actor, occurredAt } },
      );
      seeded++;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }
  return seeded;
}
