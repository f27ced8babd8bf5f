import { Injectable } from '@nestjs/common';

/** Kinds of publication a newsletter issue groups its items under (the mail's section headings follow this order). */
export const NEWSLETTER_ITEM_KINDS = ['PRACTICE', 'CALL_FOR_ACTION', 'PROJECT', 'POLICY_TOOL_EDITION', 'FIGURE'] as const;
export type NewsletterItemKind = (typeof NEWSLETTER_ITEM_KINDS)[number];

/** One thing published between two issues, as its context describes it to the public. */
export interface NewsletterItem {
  /** The global id of the subject (`practice-<uuid>`); with `kind`, what the newsletter keeps. */
  subjectId: string;
  kind: NewsletterItemKind;
  title: string;
  summary?: string;
  /** The subject's page on the site, from its root (`/practices/practice-…`). */
  path: string;
  publishedAt: Date;
}

/** What a context published (made public) in [from, to): from null means since the beginning. */
export interface NewsletterSource {
  kind: NewsletterItemKind;
  publishedBetween(from: Date | null, to: Date): Promise<NewsletterItem[]>;
}

/**
 * What the contexts published between two times, for the Support Unit's next newsletter
 * issue: practices, calls and projects register their source from their `surface/`, policy
 * tools will register their editions. The newsletter knows no context, only this registry.
 * Only public items belong here: moderation hides the rest at the newsletter's side.
 */
@Injectable()
export class NewsletterSources {
  private readonly sources: NewsletterSource[] = [];

  register(source: NewsletterSource): void {
    this.sources.push(source);
  }

  /** Everything published in [from, to), in the order of the kinds and then oldest first. */
  async publishedBetween(from: Date | null, to: Date): Promise<NewsletterItem[]> {
    const items = (await Promise.all(this.sources.map((s) => s.publishedBetween(from, to)))).flat();
    const rank = (kind: NewsletterItemKind) => NEWSLETTER_ITEM_KINDS.indexOf(kind);
    return items.sort((a, b) => rank(a.kind) - rank(b.kind) || a.publishedAt.getTime() - b.publishedAt.getTime() || a.subjectId.localeCompare(b.subjectId));
  }
}
