import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { PracticeWorklistDocument, type WorklistItem } from '../practices/documents';
import { Layout } from '../../layout';
import { Link, useLocation } from '../../router';
import { useSession } from '../../session';
import { formatDate, QueryState, useQuery } from '../../ui';

const GROUPS = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED'] as const;

/** Every page of the organisation's worklist (the API gives at most 100 a page). */
async function loadWorklist(): Promise<WorklistItem[]> {
  const all: WorklistItem[] = [];
  let after: string | null | undefined;
  for (let page = 0; page < 20; page++) {
    const { practiceWorklist } = await request(PracticeWorklistDocument, { first: 100, after });
    all.push(...practiceWorklist.edges.map((edge) => edge.node));
    if (!practiceWorklist.pageInfo.hasNextPage) break;
    after = practiceWorklist.pageInfo.endCursor;
  }
  return all;
}

/**
 * The organisation's practices by status, from the platform's worklist (drafts, in review, sent
 * back with the Support Unit's reason, published), most recently changed first.
 */
export function MyPracticesPage() {
  const { t, i18n } = useTranslation();
  const { viewer, loading } = useSession();
  const { query } = useLocation();
  const organizationId = viewer?.organization.id;
  const saved = query.get('saved');
  const practices = useQuery(async (): Promise<WorklistItem[]> => (organizationId ? loadWorklist() : []), [organizationId, saved]);
  const all = practices.data ?? [];
  return (
    <Layout title={t('myPractices.title')}>
      <h1>{t('myPractices.title')}</h1>
      {!viewer && !loading && <p className="notice">{t('common.signInNeeded')}</p>}
      {saved && (
        <p role="status" className="success">
          {saved === 'submitted' ? t('myPractices.submitted') : t('myPractices.saved')}
        </p>
      )}
      <p>
        <Link href="/practices/new" className="button primary">
          {t('myPractices.new')}
        </Link>
      </p>
      <QueryState loading={practices.loading && !!viewer} error={practices.error} />
      {viewer &&
        practices.data &&
        GROUPS.map((status) => {
          const group = all.filter((practice) => practice.status === status);
          return (
            <section key={status} aria-labelledby={`group-${status}`}>
              <h2 id={`group-${status}`}>
                {t(`status.${status}`)} ({group.length})
              </h2>
              {group.length === 0 && <p className="meta">{t('myPractices.none')}</p>}
              <ul className="plain">
                {group.map((practice) => (
                  <li key={practice.id}>
                    <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title || t('myPractices.untitled')}</Link>
                    {status !== 'IN_REVIEW' && (
                      <>
                        {' · '}
                        <Link href={`/practices/${encodeURIComponent(practice.id)}/edit`}>{t('practice.edit')}</Link>
                      </>
                    )}
                    <span className="meta">
                      {' · '}
                      {t('myPractices.changed', { date: formatDate(practice.updatedAt, i18n.language) })}
                    </span>
                    {status === 'CHANGES_REQUESTED' && practice.changesRequested && (
                      <p className="reason">
                        {t('myPractices.reason')} {practice.changesRequested}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </Layout>
  );
}
