import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, subscriptions } from '../../api';
import { FeedDocument, FeedSubscriptionDocument, type FeedEntry } from '../../documents';
import type { LiveFeedSubscription } from '../../gql/graphql';
import { Layout } from '../../layout';
import { Link } from '../../router';
import { useSession } from '../../session';
import { formatDate, QueryState, useQuery } from '../../ui';

const SUBJECT_PATH: Record<string, string> = { PRACTICE: '/practices/', CALL_FOR_ACTION: '/calls/', PROJECT: '/projects/' };

export function FeedPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const feed = useQuery(async () => (viewer ? request(FeedDocument, { first: 50 }) : null), [viewer?.id]);
  const [live, setLive] = useState<FeedEntry[]>([]);
  useEffect(() => {
    if (!viewer) return;
    // News of what the viewer follows arrives over graphql-ws while the page is open.
    return subscriptions().subscribe<LiveFeedSubscription>(
      { query: String(FeedSubscriptionDocument) },
      {
        next: (message) => {
          const item = message.data?.feed;
          if (item) setLive((previous) => (previous.some((known) => known.id === item.id) ? previous : [item, ...previous]));
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  }, [viewer]);
  const loaded = feed.data?.feed.edges.map((edge) => edge.node) ?? [];
  const items = [...live.filter((item) => !loaded.some((known) => known.id === item.id)), ...loaded];
  return (
    <Layout title={t('feed.title')}>
      <h1>{t('feed.title')}</h1>
      {!viewer && <p className="notice">{t('common.signInNeeded')}</p>}
      <QueryState loading={feed.loading && !!viewer} error={feed.error} />
      {feed.data && items.length === 0 && <p>{t('feed.empty')}</p>}
      <ol className="timeline" aria-live="polite">
        {items.map((node) => (
          <li key={node.id}>
            <p className="meta">
              {formatDate(node.occurredAt, i18n.language)} ·{' '}
              <Link href={`${SUBJECT_PATH[node.subjectKind]}${encodeURIComponent(node.subjectId)}`}>{node.subjectTitle}</Link>
            </p>
            <p>{node.text}</p>
          </li>
        ))}
      </ol>
    </Layout>
  );
}
