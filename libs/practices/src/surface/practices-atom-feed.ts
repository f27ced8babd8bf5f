import type { AtomFeed } from '@pfp/contributions';
import { Feed } from 'feed';
import type { DataSource } from 'typeorm';

const SITE = 'https://pfp.example';

/** /feeds/practices.atom: the 50 practices published last, for visitors' feed readers. */
export function practicesAtomFeed(dataSource: DataSource): AtomFeed {
  return {
    path: /^practices\.atom$/,
    async build() {
      const feed = new Feed({
        id: `${SITE}/practices`,
        title: 'New practices on the Platform for Partnerships',
        link: `${SITE}/practices`,
        copyright: 'Platform for Partnerships',
        feedLinks: { atom: `${SITE}/feeds/practices.atom` },
      });
      const rows: Array<{ id: string; title: string | null; summary: string | null; published_at: Date }> = await dataSource.query(
        `SELECT id, doc->'published'->>'title' AS title, doc->'published'->>'summary' AS summary, published_at FROM practice_details
         WHERE published_at IS NOT NULL AND status <> 'ARCHIVED' ORDER BY published_at DESC LIMIT 50`,
      );
      for (const r of rows) {
        feed.addItem({ id: `${SITE}/practices/${r.id}`, title: r.title ?? r.id, link: `${SITE}/practices/${r.id}`, description: r.summary ?? undefined, date: new Date(r.published_at) });
      }
      return feed.atom1();
    },
  };
}
