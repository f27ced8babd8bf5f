import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { FeedDocument, type FeedEntry } from '../../documents';
import { useFeedStatus } from '../../feed-status';
import { Layout } from '../../layout';
import { Link } from '../../router';
import { useSession } from '../../session';
import { FormError, formatDate, formatNumber, PagedFooter, QueryState, toPage, useAction, usePagedQuery } from '../../ui';

/** Items per page of the feed ("Load more" fetches the next). */
const PAGE = 20;

const SUBJECT_PATH: Record<string, string> = { practice: '/practices/', callForAction: '/calls/', project: '/projects/', policyTool: '/tools/' };

/** The page an item links to: its subject's (a discussion's: the subject discussed), or the conversations inbox. */
const pathOf = (item: FeedEntry): string => {
  if (!item.pageSubjectId) return '/my/conversations';
  const page = SUBJECT_PATH[item.pageSubjectId.split('-')[0]];
  return page ? `${page}${encodeURIComponent(item.pageSubjectId)}` : '/my/feed';
};

/** One item; an unread one has its own "Mark as read" (its count falls in the header at once). */
function FeedItemView({ item }: { item: FeedEntry }) {
  const { t, i18n } = useTranslation();
  const { markItemsRead } = useFeedStatus();
  const action = useAction();
  const titleId = `feed-item-${item.id}`;
  return (
    <li className={item.read ? 'feed-item' : 'feed-item unread'} aria-labelledby={titleId}>
      <p className="meta">
        {!item.read && <span className="tag">{t('feed.new')}</span>} {formatDate(item.occurredAt, i18n.language)} ·{' '}
        <Link id={titleId} href={pathOf(item)} dir="auto">
          {item.subjectTitle}
        </Link>
      </p>
      <p dir="auto">{item.text}</p>
      {!item.read && (
        <button type="button" aria-describedby={titleId} onClick={() => void action.run(() => markItemsRead([item.id]))}>
          {t('feed.markRead')}
        </button>
      )}
      <FormError error={action.error} />
    </li>
  );
}

/** The viewer's feed, page by page: what arrived live on top, the unread count, and "Mark all as read". */
export function FeedPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const { unread, arrived, markRead, readItems } = useFeedStatus();
  const feed = usePagedQuery<FeedEntry>(
    async (after) => (viewer ? toPage((await request(FeedDocument, { first: PAGE, after })).feed) : { nodes: [], totalCount: 0, hasNextPage: false }),
    [viewer?.id],
  );
  const action = useAction();
  const loaded = feed.items;
  const ready = !!viewer && !feed.loading && !feed.error;
  const readAll = unread === 0;
  const items = [...arrived.filter((item) => !loaded.some((known) => known.id === item.id)), ...loaded].map((item) =>
    (readAll || readItems.has(item.id)) && !item.read ? { ...item, read: true } : item,
  );
  return (
    <Layout title={t('feed.title')}>
      <h1>{t('feed.title')}</h1>
      {!viewer && <p className="notice">{t('common.signInNeeded')}</p>}
      <QueryState loading={feed.loading && !!viewer} error={feed.error} />
      {ready && (
        <div className="feed-tools">
          <p role="status">{unread > 0 ? t('feed.unreadCount', { count: formatNumber(unread, i18n.language) }) : t('feed.markedRead')}</p>
          {unread > 0 && (
            <button type="button" onClick={() => void action.run(() => markRead())}>
              {t('feed.markAllRead')}
            </button>
          )}
          <FormError error={action.error} />
        </div>
      )}
      {ready && items.length === 0 && <p>{t('feed.empty')}</p>}
      <ol className="timeline" aria-live="polite">
        {items.map((item) => (
          <FeedItemView key={item.id} item={item} />
        ))}
      </ol>
      {ready && <PagedFooter paged={feed} />}
    </Layout>
  );
}
