import { Injectable, OnModuleInit } from '@nestjs/common';
import { NewsletterSources, type NewsletterSource } from '@pfp/contributions';
import { DataSource } from 'typeorm';

/** Public projects launched in [from, to) (a PARTNERS-only project never reaches a newsletter). */
export function projectNewsletterSource(dataSource: DataSource): NewsletterSource {
  return {
    kind: 'PROJECT',
    async publishedBetween(from, to) {
      const rows: Array<{ id: string; title: string; summary: string | null; launched_at: Date }> = await dataSource.query(
        `SELECT id, title, doc->>'summary' AS summary, launched_at FROM partnership_projects
         WHERE readers IS NULL AND ($1::timestamptz IS NULL OR launched_at >= $1) AND launched_at < $2 ORDER BY launched_at, id LIMIT 200`,
        [from, to],
      );
      return rows.map((r) => ({
        subjectId: r.id,
        kind: 'PROJECT' as const,
        title: r.title,
        summary: r.summary ?? undefined,
        path: `/projects/${encodeURIComponent(r.id)}`,
        publishedAt: new Date(r.launched_at),
      }));
    },
  };
}

@Injectable()
export class ProjectNewsletterContribution implements OnModuleInit {
  constructor(
    private readonly sources: NewsletterSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sources.register(projectNewsletterSource(this.dataSource));
  }
}
