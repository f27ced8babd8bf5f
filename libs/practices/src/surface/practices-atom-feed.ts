import { atomXml, type AtomFeed, type Moderation } from '@pfp/contributions';
import type { DataSource } from 'typeorm';

/** /feeds/practices.atom: the 50 practices published last, for visitors' feed readers; titles and summaries as text. */
export function practicesAtomFeed(dataSource: DataSource, moderation: Moderation): AtomFeed {
  return {
    path: /^practices\.atom$/,
    async build(_match, site) {
      const rows: Array<{ id: string; title: string | null; summary: string | null; published_at: Date }> = await dataSource.query(
        `SELECT id, doc->'published'->>'title' AS title, doc->'published'->>'summary' AS summary, published_at FROM practice_details
         WHERE published_at IS NOT NULL AND status <> 'ARCHIVED' AND id <> ALL($1::text[]) ORDER BY published_at DESC LIMIT 50`,
        [await moderation.hiddenOf('practice')],
      );
      return atomXml({
        id: `${site}/practices`,
        title: 'New practices on the Platform for Partnerships',
        link: `${site}/practices`,
        self: `${site}/feeds/practices.atom`,
        rights: 'Platform for Partnerships',
        entries: rows.map((r) => {
          const page = `${site}/practices/${encodeURIComponent(r.id)}`;
          const published = new Date(r.published_at);
          return { id: page, title: r.title ?? r.id, link: page, updated: published, published, summary: r.summary ?? undefined };
        }),
      });
    },
  };
}
