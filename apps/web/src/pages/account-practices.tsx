import { useTranslation } from 'react-i18next';
import { request } from '../api';
import { knownPractices, PracticeDocument, PracticesDocument } from '../practice-documents';
import { Layout } from '../layout';
import { Link, useLocation } from '../router';
import { useSession } from '../session';
import { QueryState, useQuery } from '../ui';

const GROUPS = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED'] as const;

interface Mine {
  id: string;
  title: string;
  status: string;
  changesRequested?: string | null;
}

/**
 * The organisation's practices by status. The API lists published practices only (owners
 * filter); the unpublished ones are those drafted from this browser, each read back by id.
 */
export function MyPracticesPage() {
  const { t } = useTranslation();
  const { viewer, loading } = useSession();
  const { query } = useLocation();
  const organizationId = viewer?.organization.id;
  const saved = query.get('saved');
  const practices = useQuery(async (): Promise<Mine[]> => {
    if (!organizationId) return [];
    const [published, known] = await Promise.all([
      request(PracticesDocument, { filter: { owners: [organizationId] }, first: 100, orderBy: 'NEWEST' }),
      Promise.all(knownPractices(organizationId).map((id) => request(PracticeDocument, { id }).then((answer) => answer.practice, () => null))),
    ]);
    const byId = new Map<string, Mine>();
    for (const { node } of published.practices.edges) byId.set(node.id, node);
    for (const practice of known) if (practice) byId.set(practice.id, practice);
    return [...byId.values()];
  }, [organizationId, saved]);
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
      {GROUPS.map((status) => {
        const group = all.filter((practice) => practice.status === status);
        return (
          <section key={status} aria-labelledby={`group-${status}`}>
            <h2 id={`group-${status}`}>
              {t(`status.${status}`)} ({group.length})
            </h2>
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
      <p className="meta">{t('myPractices.localNote')}</p>
    </Layout>
  );
}
