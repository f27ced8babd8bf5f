import { atomXml, clip, type AtomFeed } from '@pfp/contributions';
import type { DataSource } from 'typeorm';
import type { ProjectRow } from '../project-details/project-details.projection';

/** /feeds/projects/<id>.atom: the last 50 updates of a public project, for visitors' feed readers; texts as text. */
export function projectAtomFeed(dataSource: DataSource): AtomFeed {
  return {
    path: /^projects\/(project-[0-9a-f-]{36})\.atom$/,
    async build([, id], site) {
      const rows: ProjectRow[] = await dataSource.query(`SELECT status, doc, revision FROM partnership_projects WHERE id = $1 AND readers IS NULL`, [id]);
      if (!rows[0]) return null;
      const p = rows[0].doc;
      const page = `${site}/projects/${encodeURIComponent(p.id)}`;
      return atomXml({
        id: page,
        title: p.title,
        subtitle: p.summary,
        link: page,
        self: `${site}/feeds/projects/${encodeURIComponent(p.id)}.atom`,
        updated: new Date(p.updatedAt),
        rights: 'Platform for Partnerships',
        entries: [...p.updates]
          .reverse()
          .slice(0, 50)
          .map((u) => {
            const metrics = u.metrics.map((m) => `${m.indicator}: ${m.value}`).join('; ');
            const anchor = `${page}#update-${encodeURIComponent(u.id)}`;
            return {
              id: anchor,
              title: clip(u.text, 80),
              link: anchor,
              updated: new Date(u.postedAt),
              summary: metrics ? `${u.text} (${metrics})` : u.text,
              related: u.videoUrl ? [u.videoUrl] : [],
            };
          }),
      });
    },
  };
}
