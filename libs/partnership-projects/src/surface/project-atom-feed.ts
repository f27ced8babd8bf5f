import type { AtomFeed } from '@pfp/contributions';
import { Feed } from 'feed';
import type { DataSource } from 'typeorm';
import type { ProjectRow } from '../project-details/project-details.projection';

const SITE = 'https://pfp.example';

/** /feeds/projects/<id>.atom: the last 50 updates of a public project, for visitors' feed readers. */
export function projectAtomFeed(dataSource: DataSource): AtomFeed {
  return {
    path: /^projects\/(project-[0-9a-f-]{36})\.atom$/,
    async build([, id]) {
      const rows: ProjectRow[] = await dataSource.query(`SELECT status, doc, revision FROM partnership_projects WHERE id = $1 AND readers IS NULL`, [id]);
      if (!rows[0]) return null;
      const p = rows[0].doc;
      const feed = new Feed({
        id: `${SITE}/projects/${p.id}`,
        title: p.title,
        description: p.summary,
        link: `${SITE}/projects/${p.id}`,
        copyright: 'Platform for Partnerships',
        updated: new Date(p.updatedAt),
        feedLinks: { atom: `${SITE}/feeds/projects/${p.id}.atom` },
      });
      for (const u of [...p.updates].reverse().slice(0, 50)) {
        const metrics = u.metrics.map((m) => `${m.indicator}: ${m.value}`).join('; ');
        feed.addItem({
          id: `${SITE}/projects/${p.id}#update-${u.id}`,
          title: u.text.length > 80 ? `${u.text.slice(0, 77)}...` : u.text,
          link: `${SITE}/projects/${p.id}#update-${u.id}`,
          description: metrics ? `${u.text} (${metrics})` : u.text,
          date: new Date(u.postedAt),
          ...(u.videoUrl ? { video: u.videoUrl } : {}),
        });
      }
      return feed.atom1();
    },
  };
}
