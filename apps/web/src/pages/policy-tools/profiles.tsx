import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { allCountries, countryName } from '../../countries';
import type { MigrationProfilesFilter, MigrationProfilesQuery, PolicyToolKind } from '../../gql/graphql';
import { formatDate } from '../../intl';
import { Layout } from '../../layout';
import { Link, navigate, useLocation } from '../../router';
import { isSupportUnit, useSession } from '../../session';
import { ClearFilters, QueryState, Select, Table, TextField, useQuery } from '../../ui';
import { MigrationProfilesDocument, ProfileGuidanceDocument } from './documents';
import { GuidanceForm } from './guidance-form';
import { toolHref, toolText } from './tool-card';
import './policy-tools.css';

/** The UN M49 top-level regions the repository lists by. */
const REGIONS = ['002', '019', '142', '150', '009'];
const PROFILE_KINDS: PolicyToolKind[] = ['MIGRATION_PROFILE', 'EXTENDED_MIGRATION_PROFILE'];
type Profile = MigrationProfilesQuery['migrationProfiles']['edges'][number]['node'];


function ProfilesTable({ caption, profiles, steps }: { caption: string; profiles: Profile[]; steps: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={caption} columns={[t('tools.country'), t('tools.profile'), t('tools.year'), t('tools.kindField'), t('tools.stepReached'), t('tools.dataSources')]}>
      {profiles.map((profile) => {
        const text = toolText(profile, i18n.language);
        return (
          <tr key={profile.id}>
            <td>{profile.ownerCountry ? countryName(profile.ownerCountry, i18n.language) : ''}</td>
            <td>
              <Link href={toolHref(profile.id)} lang={text.language}>
                {text.title}
              </Link>
              <br />
              <span className="meta">{t('tools.editionOf', { number: profile.currentEdition, date: formatDate(profile.edition?.releasedAt, i18n.language) })}</span>
            </td>
            <td>{profile.edition?.year ?? ''}</td>
            <td>{t(`tools.kind.${profile.kind}`)}</td>
            <td>{profile.currentStep ? t('tools.stepOfTotal', { number: profile.currentStep.number, total: steps, title: profile.currentStep.title }) : t('tools.noStep')}</td>
            <td>{profile.edition?.dataSources.join('; ')}</td>
          </tr>
        );
      })}
    </Table>
  );
}

/** The Migration Profiles Repository: profiles by region and country, with year, kind, step reached and data sources; the guidance. */
export function ProfilesPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const { query } = useLocation();
  const kind = PROFILE_KINDS.find((candidate) => candidate === query.get('kind')) ?? null;
  const country = query.get('country');
  const year = Number(query.get('year')) || null;
  const filter: MigrationProfilesFilter = { ...(kind ? { kind } : {}), ...(country ? { country } : {}), ...(year ? { year } : {}) };
  const regions = useQuery(
    () => Promise.all(REGIONS.map(async (region) => ({ region, profiles: (await request(MigrationProfilesDocument, { filter: { ...filter, region }, first: 100 })).migrationProfiles.edges.map((edge) => edge.node) }))),
    [JSON.stringify(filter)],
  );
  const guidance = useQuery(() => request(ProfileGuidanceDocument), []);
  const steps = guidance.data?.migrationProfileGuidance?.steps ?? [];
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    navigate(`/tools/profiles${next.toString() ? `?${next}` : ''}`);
  };
  const listed = (regions.data ?? []).filter((entry) => entry.profiles.length > 0);
  return (
    <Layout title={t('tools.profilesTitle')}>
      <h1>{t('tools.profilesTitle')}</h1>
      <p className="lead">{t('tools.profilesIntro')}</p>
      <p className="tool-links">
        <Link href="/tools">{t('tools.backToLibrary')}</Link>
      </p>
      <div className="list-controls">
        <Select label={t('tools.kindField')} name="kind" value={kind ?? ''} onChange={(event) => go({ kind: event.target.value || null })}>
          <option value="">{t('tools.allKinds')}</option>
          {PROFILE_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`tools.kind.${value}`)}
            </option>
          ))}
        </Select>
        <Select label={t('tools.country')} name="country" value={country ?? ''} onChange={(event) => go({ country: event.target.value || null })}>
          <option value="">{t('tools.allCountries')}</option>
          {allCountries(i18n.language).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
        <TextField
          label={t('tools.year')}
          name="year"
          inputMode="numeric"
          defaultValue={year ?? ''}
          onBlur={(event) => go({ year: /^\d{4}$/.test(event.target.value) ? event.target.value : null })}
        />
        <ClearFilters href="/tools/profiles" active={Boolean(kind || country || year)} />
      </div>
      <section aria-labelledby="profiles-heading">
        <h2 id="profiles-heading">{t('tools.profilesByRegion')}</h2>
        <QueryState loading={regions.loading} error={regions.error} />
        {!regions.loading && !regions.error && (
          <p role="status" className="result-count">
            {t('tools.profilesCount', { count: listed.reduce((sum, entry) => sum + entry.profiles.length, 0) })}
          </p>
        )}
        {listed.map((entry) => (
          <section key={entry.region} aria-labelledby={`region-${entry.region}`}>
            <h3 id={`region-${entry.region}`}>{t(`tools.region.${entry.region}`)}</h3>
            <ProfilesTable caption={t('tools.profilesIn', { region: t(`tools.region.${entry.region}`) })} profiles={entry.profiles} steps={steps.length} />
          </section>
        ))}
      </section>
      <section aria-labelledby="guidance-heading" className="guidance">
        <h2 id="guidance-heading">{t('tools.guidance')}</h2>
        <p>{t('tools.guidanceIntro')}</p>
        <QueryState loading={guidance.loading} error={guidance.error} />
        {guidance.data?.migrationProfileGuidance && (
          <>
            <ol className="guidance-steps">
              {steps.map((step) => (
                <li key={step.key}>
                  <h3>{step.title}</h3>
                  <p dir="auto">{step.description}</p>
                </li>
              ))}
            </ol>
            <p className="meta">
              {t('tools.maintainedWith', { organizations: guidance.data.migrationProfileGuidance.maintainers.map((organization) => organization.name).join(', ') })} ·{' '}
              {t('tools.updatedOn', { date: formatDate(guidance.data.migrationProfileGuidance.updatedAt, i18n.language) })}
            </p>
          </>
        )}
        {!guidance.loading && !guidance.data?.migrationProfileGuidance && <p>{t('tools.noGuidance')}</p>}
        {isSupportUnit(viewer) && <GuidanceForm guidance={guidance.data?.migrationProfileGuidance ?? null} onDone={guidance.reload} />}
      </section>
    </Layout>
  );
}
