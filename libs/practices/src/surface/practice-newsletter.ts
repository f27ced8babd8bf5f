import { Injectable, OnModuleInit } from '@nestjs/common';
import { NewsletterSources, type NewsletterSource } from '@pfp/contributions';
import { DataSource } from 'typeorm';

/** Practices first published in [from, to), not archived: what the next newsletter issue lists as new practices. */
export function practiceNewsletterSource(dataSource: DataSource): NewsletterSource {
  return {
    kind: 'PRACTICE',
    async publishedBetween(from, to) {
      const rows: Array<{ id: string; title: string | null; summary: string | null; published_at: Date }> = await dataSource.query(
        `SELECT id, doc->'published'->>'title' AS title, doc->'published'->>'summary' AS summary, published_at FROM practice_details
         WHERE published_at IS NOT NULL AND status <> 'ARCHIVED' AND ($1::timestamptz IS NULL OR published_at >= $1) AND published_at < $2
         ORDER BY published_at, id LIMIT 200`,
        [from, to],
      );
      return rows.map((r) => ({
        subjectId: r.id,
        kind: 'PRACTICE' as const,
        title: r.title ?? r.id,
        summary: r.summary ?? undefined,
        path: `/practices/${encodeURIComponent(r.id)}`,
        publishedAt: new Date(r.published_at),
      }));
    },
  };
}

@Injectable()
export class PracticeNewsletterContribution implements OnModuleInit {
  constructor(
    private readonly sources: NewsletterSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(practiceNewsletterSource(this.dataSource));
  }
}
