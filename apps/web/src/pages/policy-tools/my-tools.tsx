import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { formatDate } from '../../intl';
import { Layout, NoticePage } from '../../layout';
import { Link } from '../../router';
import { useSession } from '../../session';
import { QueryState, Table, useQuery } from '../../ui';
import { MyPolicyToolsDocument } from './documents';
import { toolHref } from './tool-card';
import './policy-tools.css';

/** The owner's and editors' work: drafts not yet released, unreleased changes and proposals to answer. */
export function MyToolsPage() {
  const { t, i18n } = useTranslation();
  const { viewer, loading } = useSession();
  const tools = useQuery(() => (viewer ? request(MyPolicyToolsDocument) : Promise.resolve(null)), [viewer?.organization.id]);
  if (!loading && !viewer) return <NoticePage title={t('tools.myTools')} notice={t('common.signInNeeded')} />;
  const rows = tools.data?.policyTools.edges.map((edge) => edge.node) ?? [];
  return (
    <Layout title={t('tools.myTools')}>
      <h1>{t('tools.myTools')}</h1>
      <p>
        <Link href="/tools/new" className="button">
          {t('tools.draftTitle')}
        </Link>
      </p>
      <QueryState loading={tools.loading || loading} error={tools.error} />
      {!tools.loading && !tools.error && rows.length === 0 && <p>{t('tools.noTools')}</p>}
      {rows.length > 0 && (
        <Table caption={t('tools.myToolsCaption')} columns={[t('tools.titleField'), t('tools.kindField'), t('tools.currentEditionColumn'), t('tools.workColumn')]}>
          {rows.map((tool) => {
            const text = { title: tool.edition?.title ?? tool.draft?.title ?? '', language: tool.edition?.language };
            const own = tool.ownerOrganizationId === viewer?.organization.id;
            return (
              <tr key={tool.id}>
                <td>
                  <Link href={toolHref(tool.id)} lang={text.language}>
                    {text.title || t('tools.untitled')}
                  </Link>
                </td>
                <td>{t(`tools.kind.${tool.kind}`)}</td>
                <td>{tool.edition ? t('tools.editionOf', { number: tool.currentEdition, date: formatDate(tool.edition.releasedAt, i18n.language) }) : t('tools.notReleased')}</td>
                <td>
                  <ul className="plain">
                    {tool.hasUnreleasedChanges && <li>{t('tools.unreleasedShort')}</li>}
                    {own && tool.pendingExamples > 0 && <li>{t('tools.pendingProposals', { count: tool.pendingExamples })}</li>}
                    {!own && <li>{t('tools.asContributor')}</li>}
                    <li>
                      <Link href={`/tools/${encodeURIComponent(tool.id)}/edit`}>{t('tools.editDraft')}</Link>
                    </li>
                  </ul>
                </td>
              </tr>
            );
          })}
        </Table>
      )}
    </Layout>
  );
}
