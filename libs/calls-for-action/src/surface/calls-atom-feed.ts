import { atomXml, clip, type AtomFeed, type Moderation } from '@pfp/contributions';
import type { DataSource } from 'typeorm';
import type { CallRow } from '../call-details/call-details.projection';
import { EXPORTED_CALL_STATUSES } from '../export/calls-export';

/** /feeds/calls.atom: the 50 calls posted last that a visitor may read (not PENDING, not hidden); texts as text. */
export function callsAtomFeed(dataSource: DataSource, moderation: Moderation): AtomFeed {
  return {
    path: /^calls\.atom$/,
    async build(_match, site) {
      const rows: CallRow[] = await dataSource.query(
        `SELECT doc, revision FROM calls_for_action WHERE status = ANY($1::text[]) AND id <> ALL($2::text[]) ORDER BY posted_at DESC, id LIMIT 50`,
        [EXPORTED_CALL_STATUSES, await moderation.hiddenOf('callForAction')],
      );
      return atomXml({
        id: `${site}/calls`,
        title: 'Calls for action on the Platform for Partnerships',
        subtitle: 'Requests for training, information, expertise, funding and partners, newest first.',
        link: `${site}/calls`,
        self: `${site}/feeds/calls.atom`,
        rights: 'Platform for Partnerships',
        entries: rows.map(({ doc }) => {
          const page = `${site}/calls/${encodeURIComponent(doc.id)}`;
          const deadline = doc.deadline ? ` (deadline ${doc.deadline.slice(0, 10)})` : '';
          return {
            id: page,
            title: doc.title,
            link: page,
            updated: new Date(doc.updatedAt),
            published: new Date(doc.postedAt),
            summary: `${doc.kind}${deadline}: ${clip(doc.description, 400)}`,
          };
        }),
      });
    },
  };
}
