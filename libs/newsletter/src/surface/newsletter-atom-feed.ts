import { atomXml, type AtomFeed } from '@pfp/contributions';
import type { DataSource } from 'typeorm';
import type { NewsletterIssueDocument } from '../newsletter-issues/newsletter-issues.projection';

/** /feeds/newsletter.atom: the 50 issues sent last, each entry linking to its public page. */
export function newsletterAtomFeed(dataSource: DataSource): AtomFeed {
  return {
    path: /^newsletter\.atom$/,
    async build(_match, site) {
      const rows = (await dataSource.query(`SELECT doc FROM newsletter_issues WHERE status = 'SENT' ORDER BY sent_at DESC, id LIMIT 50`)) as Array<{
        doc: NewsletterIssueDocument;
      }>;
      return atomXml({
        id: `${site}/newsletter`,
        title: 'Platform for Partnerships newsletter',
        link: `${site}/newsletter`,
        self: `${site}/feeds/newsletter.atom`,
        rights: 'Platform for Partnerships',
        entries: rows.map(({ doc }) => {
          const page = `${site}/newsletter/${encodeURIComponent(doc.id)}`;
          const sent = new Date(doc.sentAt!);
          const titles = doc.items.map((i) => i.title).join('; ');
          return {
            id: page,
            title: doc.title,
            link: page,
            updated: sent,
            published: sent,
            summary: [doc.introduction, titles].filter(Boolean).join('\n\n') || undefined,
          };
        }),
      });
    },
  };
}
