import { useTranslation } from 'react-i18next';
import { Card, Countries, countryNames } from '../../cards';
import { dirOf } from '../../i18n';
import type { PracticeSummary } from './documents';
import { OrganizationLink } from '../organizations/organization-link';

export function PracticeCard({ practice, headingLevel = 3 }: { practice: PracticeSummary; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      href={`/practices/${encodeURIComponent(practice.id)}`}
      title={practice.title}
      heading={headingLevel === 2 ? 'h2' : 'h3'}
      lang={practice.language}
      dir={dirOf(practice.language)}
    >
      <p className="meta" lang={i18n.language} dir={dirOf(i18n.language)}>
        {practice.owner && <OrganizationLink organization={practice.owner} />}
        {countryNames(practice.countries, i18n.language) !== practice.owner?.name && <Countries codes={practice.countries} prefix=" · " />}
      </p>
      <p>{practice.summary}</p>
      {practice.status !== 'PUBLISHED' && (
        <p lang={i18n.language} dir={dirOf(i18n.language)} className={`badge status-${practice.status}`}>
          {t(`status.${practice.status}`, { defaultValue: practice.status })}
        </p>
      )}
    </Card>
  );
}
