import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { countryName } from '../../countries';
import { Layout, PendingPage } from '../../layout';
import { Link } from '../../router';
import { isSupportUnit, useSession } from '../../session';
import { FormError, formatDate, TextField, useAction, useQuery } from '../../ui';
import { Activity } from './activity';
import { DeactivateOrganizationDocument, OrganizationDocument, RenameOrganizationDocument, type OrganizationFacts } from './documents';
import { ActionForm, useSend } from './forms';
import { AccountsSection } from './members';
import { countryPath } from './organization-link';
import './organizations.css';

/** The Support Unit's tools for one organisation: rename it, deactivate it (in two steps). */
function SupportTools({ organization, onChanged }: { organization: OrganizationFacts; onChanged: () => void }) {
  const { t } = useTranslation();
  const { viewer, refresh } = useSession();
  const rename = useSend(
    { name: organization.name },
    async ({ name }) => {
      const renamed = await request(RenameOrganizationDocument, { input: { id: organization.id, name } });
      onChanged();
      // the header names the viewer's own organisation
      if (viewer?.organization.id === organization.id) await refresh();
      return renamed.renameOrganization.organization.name;
    },
    (name) => t('organizations.renamed', { name }),
    { keepValues: true },
  );
  const deactivation = useAction();
  const [confirming, setConfirming] = useState(false);
  const deactivate = () =>
    deactivation.run(async () => {
      await request(DeactivateOrganizationDocument, { input: { id: organization.id } });
      onChanged();
    });
  return (
    <div className="two-columns">
      <ActionForm
        id="rename"
        title={t('organizations.rename')}
        done={rename.done}
        error={rename.error}
        submitLabel={t('organizations.renameSubmit')}
        onSubmit={rename.submit}
      >
        <TextField label={t('organizations.newName')} {...rename.bind('name')} />
      </ActionForm>
      {organization.active && organization.id !== viewer?.organization.id && (
        <section aria-labelledby="deactivate" className="stacked">
          <h2 id="deactivate">{t('organizations.deactivate')}</h2>
          <p>{t('organizations.deactivateHint')}</p>
          <FormError error={deactivation.error} />
          {confirming ? (
            <p className="inline-control">
              <button type="button" className="danger" onClick={() => void deactivate()}>
                {t('organizations.confirmDeactivate', { name: organization.name })}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('organizations.cancel')}
              </button>
            </p>
          ) : (
            <p>
              <button type="button" onClick={() => setConfirming(true)}>
                {t('organizations.deactivate')}
              </button>
            </p>
          )}
        </section>
      )}
    </div>
  );
}

/** /organizations/:id — who an organisation is, its practices, calls and projects; its accounts for its admins and the Support Unit. */
export function OrganizationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const query = useQuery(async () => (await request(OrganizationDocument, { id })).organization, [id]);
  const organization = query.data;
  if (!organization) return <PendingPage title={t('organizations.organization')} query={query} notFound />;
  const supportUnit = isSupportUnit(viewer);
  const admin = supportUnit || (viewer?.role === 'ADMIN' && viewer.organization.id === organization.id);
  return (
    <Layout title={organization.name}>
      <h1 dir="auto">{organization.name}</h1>
      <dl className="facts">
        <dt>{t('organizations.kind')}</dt>
        <dd>{t(`orgKind.${organization.kind}`)}</dd>
        {organization.country && (
          <>
            <dt>{t('organizations.country')}</dt>
            <dd>
              <Link href={countryPath(organization.country)}>{countryName(organization.country, i18n.language)}</Link>
            </dd>
          </>
        )}
        <dt>{t('organizations.since')}</dt>
        <dd>{formatDate(organization.createdAt, i18n.language)}</dd>
        {!organization.active && (
          <>
            <dt>{t('organizations.status')}</dt>
            <dd className="badge">{t('organizations.deactivated')}</dd>
          </>
        )}
      </dl>
      <Activity
        subject={organization.id}
        practices={{ owners: [organization.id] }}
        calls={{ organizations: [organization.id] }}
        projects={{ organizations: [organization.id] }}
      />
      {admin && <AccountsSection organization={organization} />}
      {supportUnit && <SupportTools organization={organization} onChanged={query.reload} />}
    </Layout>
  );
}
