import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { countryName } from '../../countries';
import { Layout, NoticePage } from '../../layout';
import { useQuery } from '../../ui';
import { Activity } from './activity';
import { OrganizationsDocument } from './documents';
import { OrganizationLink } from './organization-link';
import './organizations.css';

/** /countries/:code (ISO 3166-1 alpha-3) — the country's state organisation and the practices, calls and projects in that country. */
export function CountryPage({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const country = code.toUpperCase();
  const states = useQuery(async () => (await request(OrganizationsDocument, { kind: 'STATE', first: 100 })).organizations.edges.map((edge) => edge.node), []);
  const name = countryName(country, i18n.language);
  if (!/^[A-Z]{3}$/.test(country) || name === country) return <NoticePage title={t('common.notFound')} notice={t('common.notFound')} />;
  const state = states.data?.find((organization) => organization.country === country && organization.active);
  return (
    <Layout title={name}>
      <h1>{name}</h1>
      {state && (
        <p>
          {t('organizations.stateOnPlatform')} <OrganizationLink organization={state} />
        </p>
      )}
      <Activity subject={country} practices={{ countries: [country] }} calls={{ countries: [country] }} projects={{ countries: [country] }} />
    </Layout>
  );
}
