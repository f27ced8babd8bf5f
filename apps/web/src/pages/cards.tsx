import { useTranslation } from 'react-i18next';
import { countryName } from '../countries';
import { dirOf } from '../i18n';
import type { CallSummary, ProjectSummary } from '../documents';
import type { PracticeSummary } from '../practice-documents';
import { Link } from '../router';
import { formatDate } from '../ui';

const countryNames = (codes: string[], language: string) => codes.map((code) => countryName(code, language)).join(', ');

export function Countries({ codes }: { codes: string[] }) {
  const { i18n } = useTranslation();
  return <>{codes.map((code) => countryName(code, i18n.language)).join(', ')}</>;
}

export function PracticeCard({ practice, headingLevel = 3 }: { practice: PracticeSummary; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card" lang={practice.language} dir={dirOf(practice.language)}>
      <Heading>
        <Link href={`/practices/${encodeURIComponent(practice.id)}`}>{practice.title}</Link>
      </Heading>
      <p className="meta" lang={i18n.language} dir={dirOf(i18n.language)}>
        {practice.owner?.name}
        {practice.countries.length > 0 && countryNames(practice.countries, i18n.language) !== practice.owner?.name && (
          <>
            {' · '}
            <Countries codes={practice.countries} />
          </>
        )}
      </p>
      <p>{practice.summary}</p>
      {practice.status !== 'PUBLISHED' && <p lang={i18n.language} dir={dirOf(i18n.language)} className={`badge status-${practice.status}`}>{t(`status.${practice.status}`, { defaultValue: practice.status })}</p>}
    </article>
  );
}

export function CallCard({ call }: { call: CallSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="card">
      <h3 dir="auto">
        <Link href={`/calls/${encodeURIComponent(call.id)}`}>{call.title}</Link>
      </h3>
      <p className="meta">
        {t(`callKind.${call.kind}`)} · {call.posters.map((poster) => poster.organization?.name).join(', ')}
      </p>
      {call.deadline && <p>{t('calls.deadline', { date: formatDate(call.deadline, i18n.language) })}</p>}
    </article>
  );
}

export function ProjectCard({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  return (
    <article className="card">
      <h3 dir="auto">
        <Link href={`/projects/${encodeURIComponent(project.id)}`}>{project.title}</Link>
      </h3>
      <p className="meta">
        {t('projects.ledBy', { name: project.partners.find((partner) => partner.organizationId === project.leadOrganizationId)?.organization?.name ?? '' })}
        {project.countries.length > 0 && (
          <>
            {' · '}
            <Countries codes={project.countries} />
          </>
        )}
      </p>
    </article>
  );
}
