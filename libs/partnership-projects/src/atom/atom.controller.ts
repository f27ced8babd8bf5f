import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { Feed } from 'feed';
import { DataSource } from 'typeorm';
import type { ProjectRow } from '../project-details/project-details.projection';

const SITE = 'https://pfp.example';

/** Atom feeds for visitors' feed readers: the updates of a public project, and newly published practices. */
@Controller('feeds')
export class AtomController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('projects/:file')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  async project(@Param('file') file: string): Promise<string> {
    const match = /^(project-[0-9a-f-]{36})\.atom$/.exec(file);
    if (!match) throw new NotFoundException();
    const rows: ProjectRow[] = await this.dataSource.query(`SELECT status, doc, revision FROM partnership_projects WHERE id = $1 AND readers IS NULL`, [match[1]]);
    if (!rows[0]) throw new NotFoundException();
    const p = rows[0].doc;
    const updates = [...p.updates].reverse().slice(0, 50);
    const feed = new Feed({
      id: `${SITE}/projects/${p.id}`,
      title: p.title,
      description: p.summary,
      link: `${SITE}/projects/${p.id}`,
      copyright: 'Platform for Partnerships',
      updated: new Date(p.updatedAt),
      feedLinks: { atom: `${SITE}/feeds/projects/${p.id}.atom` },
    });
    for (const u of updates) {
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
  }

  @Get('practices.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  async practices(): Promise<string> {
    const feed = new Feed({
      id: `${SITE}/practices`,
      title: 'New practices on the Platform for Partnerships',
      link: `${SITE}/practices`,
      copyright: 'Platform for Partnerships',
      feedLinks: { atom: `${SITE}/feeds/practices.atom` },
    });
    const [{ installed }] = await this.dataSource.query(`SELECT to_regclass('practice_details') IS NOT NULL AS installed`);
    if (installed) {
      const rows: Array<{ id: string; title: string | null; summary: string | null; published_at: Date }> = await this.dataSource.query(
        `SELECT id, state->'published'->>'title' AS title, state->'published'->>'summary' AS summary, published_at FROM practice_details
         WHERE published_at IS NOT NULL AND status <> 'ARCHIVED' ORDER BY published_at DESC LIMIT 50`,
      );
      for (const r of rows) {
        feed.addItem({ id: `${SITE}/practices/${r.id}`, title: r.title ?? r.id, link: `${SITE}/practices/${r.id}`, description: r.summary ?? undefined, date: new Date(r.published_at) });
      }
    }
    return feed.atom1();
  }
}
