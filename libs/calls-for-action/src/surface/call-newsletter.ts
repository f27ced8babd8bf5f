import { Injectable, OnModuleInit } from '@nestjs/common';
import { NewsletterSources, type NewsletterSource } from '@pfp/contributions';
import { DataSource } from 'typeorm';

/** Calls posted in [from, to) that are public (a joint call waiting for its co-posters is not yet). */
export function callNewsletterSource(dataSource: DataSource): NewsletterSource {
  return {
    kind: 'CALL_FOR_ACTION',
    async publishedBetween(from, to) {
      const rows: Array<{ id: string; title: string; description: string | null; posted_at: Date }> = await dataSource.query(
        `SELECT id, title, doc->>'description' AS description, posted_at FROM calls_for_action
         WHERE status <> 'PENDING' AND ($1::timestamptz IS NULL OR posted_at >= $1) AND posted_at < $2 ORDER BY posted_at, id LIMIT 200`,
        [from, to],
      );
      return rows.map((r) => ({
        subjectId: r.id,
        kind: 'CALL_FOR_ACTION' as const,
        title: r.title,
        summary: r.description ?? undefined,
        path: `/calls/${encodeURIComponent(r.id)}`,
        publishedAt: new Date(r.posted_at),
      }));
    },
  };
}

@Injectable()
export class CallNewsletterContribution implements OnModuleInit {
  constructor(
    private readonly sources: NewsletterSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(callNewsletterSource(this.dataSource));
  }
}
