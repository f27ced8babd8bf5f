import { Injectable } from '@nestjs/common';

/**
 * What the Support Unit has hidden, for every read path that shows content to the public: the
 * discussion context registers its source (its moderation read models); practices, calls,
 * projects, the feed, exports, Atom and search ask it. Ids are global ids (`practice-<uuid>`,
 * `comment-<uuid>`) or, for feed items, event ids. Hidden content stays in the event log, its
 * history and the audit trail: only what is shown is filtered.
 */
export interface HiddenContentSource {
  /** Which of `ids` are hidden. */
  hiddenAmong(ids: readonly string[]): Promise<Set<string>>;
  /** Every hidden id of one category (`practice`), for a list that filters in SQL (`id <> ALL($n)`): hidden content is rare. */
  hiddenOf(category: string): Promise<string[]>;
  /** Every hidden id (items, comments, messages and the ids of the events that carried them): rare, so lists and counts filter in SQL. */
  allHidden?(): Promise<string[]>;
}

@Injectable()
export class Moderation {
  private readonly sources: HiddenContentSource[] = [];

  register(source: HiddenContentSource): void {
    this.sources.push(source);
  }

  async hiddenAmong(ids: readonly string[]): Promise<Set<string>> {
    const hidden = new Set<string>();
    if (ids.length === 0) return hidden;
    for (const source of this.sources) for (const id of await source.hiddenAmong(ids)) hidden.add(id);
    return hidden;
  }

  async hiddenOf(category: string): Promise<string[]> {
    const ids = await Promise.all(this.sources.map((s) => s.hiddenOf(category)));
    return [...new Set(ids.flat())];
  }

  /** Every hidden id of every source, for a count or list that must leave them out in SQL (the feed's unread and total). */
  async allHidden(): Promise<string[]> {
    const ids = await Promise.all(this.sources.map((s) => (s.allHidden ? s.allHidden() : Promise.resolve([]))));
    return [...new Set(ids.flat())];
  }

  async isHidden(id: string): Promise<boolean> {
    return (await this.hiddenAmong([id])).has(id);
  }

  /** The items none of whose ids (`idsOf`: its own, its subject's, its event's) is hidden. */
  async visible<T>(items: readonly T[], idsOf: (item: T) => string[]): Promise<T[]> {
    const hidden = await this.hiddenAmong([...new Set(items.flatMap(idsOf))]);
    return hidden.size === 0 ? [...items] : items.filter((item) => !idsOf(item).some((id) => hidden.has(id)));
  }
}
