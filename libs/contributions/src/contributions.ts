import { Injectable } from '@nestjs/common';
import type { AtomFeed } from './atom';
import type { DemoSeedStep } from './demo';
import type { HistorySource } from './history';
import { addressedOrganizations, categoryOf, type Addressees, type FeedText, type FollowableSubject } from './followable';
import type { LiveChannel, LiveMapping } from './live';

/**
 * What the contexts contribute to the shared surfaces (follows and the feed, live updates,
 * Atom feeds, the demo seed, histories), registered from each context's `src/surface/` in its
 * providers' `onModuleInit`, read by the generic side at run time. One per app; it knows no
 * context, only what they registered. (Platform figures are GraphQL fields: see PlatformStats.)
 */
@Injectable()
export class Contributions {
  private readonly subjects = new Map<string, FollowableSubject>();
  private readonly live = new Map<string, LiveMapping>();
  private readonly atom: AtomFeed[] = [];
  private readonly demo: DemoSeedStep[] = [];
  private readonly histories = new Map<string, HistorySource>();
  private channel: LiveChannel | null = null;

  followable<S extends FollowableSubject<never>>(subject: S): void {
    if (this.subjects.has(subject.category)) throw new Error(`Followable subject ${subject.category} is registered twice`);
    this.subjects.set(subject.category, subject as unknown as FollowableSubject);
  }

  liveUpdates(mapping: LiveMapping): void {
    if (this.live.has(mapping.category)) throw new Error(`Live mapping ${mapping.category} is registered twice`);
    this.live.set(mapping.category, mapping);
  }

  atomFeed(feed: AtomFeed): void {
    this.atom.push(feed);
  }

  demoSeed(step: DemoSeedStep): void {
    this.demo.push(step);
  }

  /** The history of one category's aggregates, served by `history(id)`. */
  history(source: HistorySource): void {
    if (this.histories.has(source.category)) throw new Error(`History source ${source.category} is registered twice`);
    this.histories.set(source.category, source);
  }

  historySourceOf(id: string): HistorySource | null {
    const category = categoryOf(id);
    return category ? (this.histories.get(category) ?? null) : null;
  }

  /** Called by live: what the contexts' subscriptions listen to. */
  useLiveChannel(channel: LiveChannel): void {
    this.channel = channel;
  }

  /** The subject an id names, when its context registered one. */
  subjectOf(id: string): FollowableSubject | null {
    const category = categoryOf(id);
    return category ? (this.subjects.get(category) ?? null) : null;
  }

  /** Every followable subject registered (the feed reads only their event types). */
  followables(): readonly FollowableSubject[] {
    return [...this.subjects.values()];
  }

  /** The feed text of an event of a followable subject, or null when followers are not told of it. */
  feedTextOf(event: { streamName: string; type: string; data: unknown }): FeedText | null {
    const texts = this.subjectOf(event.streamName)?.feedTexts as Record<string, ((data: unknown) => FeedText | null) | undefined> | undefined;
    return texts?.[event.type]?.(event.data ?? {}) ?? null;
  }

  /** The organisations an event of a followable subject addresses (its readers just after it given), whether they follow it or not. */
  addressedBy(event: { streamName: string; type: string; data: unknown }, readers: string[] | null): string[] {
    const of = this.subjectOf(event.streamName)?.addressees as Record<string, ((data: unknown) => Addressees | null) | undefined> | undefined;
    return addressedOrganizations(of?.[event.type]?.(event.data ?? {}) ?? null, readers);
  }

  liveMappingOf(streamName: string): LiveMapping | null {
    const category = categoryOf(streamName);
    return category ? (this.live.get(category) ?? null) : null;
  }

  atomFeeds(): readonly AtomFeed[] {
    return this.atom;
  }

  demoSeeds(): DemoSeedStep[] {
    return [...this.demo].sort((a, b) => a.order - b.order);
  }

  liveChannel(): LiveChannel {
    if (!this.channel) throw new Error('Live updates are not installed (LiveModule)');
    return this.channel;
  }
}
