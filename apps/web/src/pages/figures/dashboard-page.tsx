import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { InsightItemKind } from '../../gql/graphql';
import { formatNumber } from '../../intl';
import { Layout, NoticePage } from '../../layout';
import { Link } from '../../router';
import { useSession } from '../../session';
import { QueryState, Table, useQuery } from '../../ui';
import { OwnerDashboardDocument } from './documents';
import './figures.css';

const HREF: Record<InsightItemKind, string> = { PRACTICE: '/practices', CALL_FOR_ACTION: '/calls', PROJECT: '/projects', POLICY_TOOL: '/tools' };

/** The owner's dashboard (issue 15 point 8): the reach of each item the viewer's organisation owns. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { viewer, loading } = useSession();
  const dashboard = useQuery(() => (viewer ? request(OwnerDashboardDocument) : Promise.resolve(null)), [viewer?.organization.id]);
  if (!loading && !viewer) return <NoticePage title={t('figures.dashboard')} notice={t('common.signInNeeded')} />;
  const items = dashboard.data?.ownerDashboard.items ?? [];
  const kind: Record<InsightItemKind, string> = {
    PRACTICE: t('figures.kindPractice'),
    CALL_FOR_ACTION: t('figures.kindCall'),
    PROJECT: t('figures.kindProject'),
    POLICY_TOOL: t('figures.kindTool'),
  };
  const number = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumber(value, i18n.language));
  return (
    <Layout title={t('figures.dashboard')}>
      <h1>{t('figures.dashboard')}</h1>
      <p>{t('figures.dashboardIntro')}</p>
      <QueryState loading={dashboard.loading || loading} error={dashboard.error} />
      {!dashboard.loading && !dashboard.error && items.length === 0 && <p>{t('figures.dashboardEmpty')}</p>}
      {items.length > 0 && (
        <Table
          caption={t('figures.dashboardCaption', { organization: viewer?.organization.name ?? '' })}
          columns={[
            t('figures.item'),
            t('figures.kind'),
            t('figures.views30'),
            t('figures.viewsTotal'),
            t('figures.interest'),
            t('figures.followers'),
            t('figures.responses'),
          ]}
        >
          {items.map((item) => (
            <tr key={item.subjectId}>
              <td>
                <Link href={`${HREF[item.kind]}/${encodeURIComponent(item.subjectId)}`} dir="auto">
                  {item.title || t('figures.untitled')}
                </Link>
              </td>
              <td className="dashboard-kind">{kind[item.kind]}</td>
              <td>{number(item.viewsLast30Days)}</td>
              <td>{number(item.viewsTotal)}</td>
              <td>{number(item.interest)}</td>
              <td>{number(item.followers)}</td>
              <td>{number(item.responses)}</td>
            </tr>
          ))}
        </Table>
      )}
    </Layout>
  );
}
