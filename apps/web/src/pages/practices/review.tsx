import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Layout, NoticePage } from '../../layout';
import { Link } from '../../router';
import { isSupportUnit, useSession } from '../../session';
import { FormError, formatDate, QueryState, Table, useAction, useQuery } from '../../ui';
import { PracticeWorklistDocument, type WorklistItem } from './documents';

/**
 * The Support Unit's review queue: every organisation's practices in review, most recently
 * changed first, each linking to its page, where it is published or sent back with a reason.
 */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const supportUnit = isSupportUnit(viewer);
  const [more, setMore] = useState<{ items: WorklistItem[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const nextPage = useAction();
  const queue = useQuery(async () => {
    setMore(null);
    return supportUnit ? (await request(PracticeWorklistDocument, { statuses: ['IN_REVIEW'], first: 50 })).practiceWorklist : null;
  }, [supportUnit]);
  if (!supportUnit) return <NoticePage title={t('review.title')} notice={t('common.forbidden')} />;
  const first = queue.data;
  const list = [...(first?.edges.map((edge) => edge.node) ?? []), ...(more?.items ?? [])];
  const pageInfo = more ?? first?.pageInfo;
  const loadMore = () =>
    nextPage.run(async () => {
      const { practiceWorklist } = await request(PracticeWorklistDocument, { statuses: ['IN_REVIEW'], first: 50, after: pageInfo?.endCursor });
      setMore({
        items: [...(more?.items ?? []), ...practiceWorklist.edges.map((edge) => edge.node)],
        endCursor: practiceWorklist.pageInfo.endCursor ?? null,
        hasNextPage: practiceWorklist.pageInfo.hasNextPage,
      });
    });
  return (
    <Layout title={t('review.title')}>
      <h1>{t('review.title')}</h1>
      <QueryState loading={queue.loading} error={queue.error} />
      {first && list.length === 0 && (
        <p className="notice" role="status">
          {t('review.empty')}
        </p>
      )}
      {list.length > 0 && (
        <Table
          caption={t('review.count', { count: first?.totalCount ?? list.length })}
          columns={[t('review.practice'), t('review.owner'), t('review.changed')]}
        >
          {list.map((practice) => (
            <tr key={practice.id}>
              <td>
                <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title || t('myPractices.untitled')}</Link>
              </td>
              <td>{practice.owner?.name ?? practice.ownerOrganizationId}</td>
              <td>{formatDate(practice.updatedAt, i18n.language)}</td>
            </tr>
          ))}
        </Table>
      )}
      <FormError error={nextPage.error} />
      {pageInfo?.hasNextPage && (
        <p>
          <button type="button" onClick={() => void loadMore()}>
            {t('review.more')}
          </button>
        </p>
      )}
    </Layout>
  );
}
