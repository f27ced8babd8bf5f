import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../countries';
import { dirOf } from '../i18n';
import type { CallSummary, ProjectSummary } from '../documents';
import type { PracticeSummary } from '../practice-documents';
import { Link } from '../router';
import { formatDate } from '../ui';

const countryNames = (codes: string[], language: string) => codes.map((code) => countryName(code, language)).join(', ');

/** The countries' names in the reader's language; with `prefix`, nothing at all when there are none. */
export function Countries({ codes, prefix = '' }: { codes: string[]; prefix?: string }) {
  const { i18n } = useTranslation();
  if (prefix && codes.length === 0) return null;
  return (
    <>
      {prefix}
      {countryNames(codes, i18n.language)}
    </>
  );
}

/** A card whose title links to the thing's page. */
function Card({
  href,
  title,
  heading: Heading = 'h3',
  titleDir,
  lang,
  dir,
  children,
}: {
  href: string;
  title: string;
  heading?: 'h2' | 'h3';
  titleDir?: 'auto';
  lang?: string;
  dir?: string;
  children: ReactNode;
}) {
  return (
    <article className="card" lang={lang} dir={dir}>
      <Heading dir={titleDir}>
        <Link href={href}>{title}</Link>
      </Heading>
      {children}
    </article>
  );
}

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
        {practice.owner?.name}
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

export function CallCard({ call }: { call: CallSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Card href={`/calls/${encodeURIComponent(call.id)}`} title={call.title} titleDir="auto">
      <p className="meta">
        {t(`callKind.${call.kind}`)} · {call.posters.map((poster) => poster.organization?.name).join(', ')}
      </p>
      {call.deadline && <p>{t('calls.deadline', { date: formatDate(call.deadline, i18n.language) })}</p>}
    </Card>
  );
}

export function ProjectCard({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation();
  return (
    <Card href={`/projects/${encodeURIComponent(project.id)}`} title={project.title} titleDir="auto">
      <p className="meta">
        {t('projects.ledBy', { name: project.partners.find((partner) => partner.organizationId === project.leadOrganizationId)?.organization?.name ?? '' })}
        <Countries codes={project.countries} prefix=" · " />
      </p>
    </Card>
  );
}
