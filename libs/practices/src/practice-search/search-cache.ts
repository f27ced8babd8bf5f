import { Injectable } from '@nestjs/common';
import { Projections } from '@pfp/event-sourcing';
import { PRACTICE_SEARCH } from './practice-search.projection';

const MAX_ENTRIES = 2_000;

/**
 * Search results keyed by the request and the search read model's checkpoint: any write to
 * practice_search moves the checkpoint, so an entry is never served after a change (and a
 * mutation that waited for its write misses the cache). Only where this process runs the
 * projection; elsewhere the checkpoint is not known here and nothing is cached.
 */
@Injectable()
export class PracticeSearchCache {
  enabled = true;
  private readonly entries = new Map<string, { version: string; value: Promise<unknown> }>();

  constructor(private readonly projections: Projections) {}

  private version(): string | null {
    const status = this.projections.status().find((s) => s.name === PRACTICE_SEARCH);
    if (status?.status !== 'running') return null;
    // A running consumer without a checkpoint has applied nothing yet; its first write sets one.
    return status.checkpoint ? `${status.checkpoint.commit}/${status.checkpoint.prepare}` : 'start';
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = this.enabled ? this.version() : null;
    if (version === null) return compute();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { version, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
