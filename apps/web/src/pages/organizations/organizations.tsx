import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { countryName } from '../../countries';
import type { OrganizationKind } from '../../gql/graphql';
import { Layout, NoticePage } from '../../layout';
import { Link } from '../../router';
import { isSupportUnit, useSession } from '../../session';
import { formatDate, formatNumber, PagedFooter, QueryState, Table, TextField, toPage, usePagedQuery } from '../../ui';
import { CreateOrganizationDocument, OrganizationsDocument, type OrganizationFacts } from './documents';
import { InviteForm } from './invite-form';
import { ActionForm, CountrySelect, KindSelect, useSend } from './forms';
import { countryPath, OrganizationLink } from './organization-link';
import './organizations.css';

function CreateOrganizationForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const form = useSend(
    { name: '', kind: 'STATE', country: '' },
    async ({ name, kind, country }) => {
      const created = await request(CreateOrganizationDocument, {
        input: { name, kind: kind as OrganizationKind, country: kind === 'STATE' ? country || null : null },
      });
      onCreated();
      return created.createOrganization.organization.name;
    },
    (name) => t('organizations.created', { name }),
  );
  return (
    <ActionForm
      id="create-org"
      title={t('organizations.create')}
      done={form.done}
      error={form.error}
      submitLabel={t('organizations.createSubmit')}
      onSubmit={form.submit}
    >
      <TextField label={t('organizations.name')} {...form.bind('name')} />
      <KindSelect {...form.bind('kind')} />
      {form.values.kind === 'STATE' && <CountrySelect {...form.bind('country')} />}
    </ActionForm>
  );
}

function OrganizationRow({ organization }: { organization: OrganizationFacts }) {
  const { t, i18n } = useTranslation();
  return (
    <tr>
      <td>
        <OrganizationLink organization={organization} />
      </td>
      <td>{t(`orgKind.${organization.kind}`)}</td>
      <td>{organization.country && <Link href={countryPath(organization.country)}>{countryName(organization.country, i18n.language)}</Link>}</td>
      <td>{formatDate(organization.createdAt, i18n.language)}</td>
      <td>{organization.active ? t('organizations.active') : t('organizations.deactivated')}</td>
    </tr>
  );
}

/** The Support Unit's list of every organisation, with the forms to add one and to invite someone. */
export function OrganizationsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const allowed = isSupportUnit(viewer);
  const organizations = usePagedQuery<OrganizationFacts>(
    async (after) =>
      allowed ? toPage((await request(OrganizationsDocument, { first: 100, after })).organizations) : { nodes: [], totalCount: 0, hasNextPage: false },
    [allowed],
  );
  if (!allowed) return <NoticePage title={t('organizations.title')} notice={t('common.forbidden')} />;
  const list = organizations.items;
  return (
    <Layout title={t('organizations.title')}>
      <h1>{t('organizations.title')}</h1>
      <p>
        <Link href="/organizations/requests">{t('organizations.requestsTitle')}</Link>
      </p>
      <QueryState loading={organizations.loading} error={organizations.error} />
      {list.length > 0 && (
        <Table
          caption={t('organizations.count', { count: organizations.totalCount, n: formatNumber(organizations.totalCount, i18n.language) })}
          columns={[t('organizations.name'), t('organizations.kind'), t('organizations.country'), t('organizations.since'), t('organizations.status')]}
        >
          {list.map((organization) => (
            <OrganizationRow key={organization.id} organization={organization} />
          ))}
        </Table>
      )}
      <PagedFooter paged={organizations} />
      <div className="two-columns">
        <CreateOrganizationForm onCreated={organizations.reload} />
        {list.length > 0 && <InviteForm organizations={list.filter((organization) => organization.active)} />}
      </div>
    </Layout>
  );
}
