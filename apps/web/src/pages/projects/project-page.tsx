import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newestRevision, request, useLiveRevision } from '../../api';
import { Countries } from '../../cards';
import { FollowButton } from '../../follow-button';
import { Layout, PendingPage } from '../../layout';
import { countryName } from '../../countries';
import { AggregateHistory } from '../../history/aggregate-history';
import { Video } from '../../media';
import { Link } from '../../router';
import { useSession } from '../../session';
import { formatDate, formatNumber, useQuery } from '../../ui';
import { ProjectDocument, ProjectUpdatedDocument, type ProjectDetails } from './documents';
import { MetricsOverTime } from './metrics-chart';
import { EditProjectSection, EndProjectSection, MilestonesSection } from './project-manage';
import { useProjectChoices } from './project-fields';
import { PartnersSection } from './project-partners';
import { TargetsSection } from './project-targets';
import { PostUpdateForm } from './project-update-form';
import './projects.css';
import { OrganizationLink, OrganizationLinks, Sentence, SLOT } from '../organizations/organization-link';
import { ContactOwner } from '../discussion/conversations';
import { DiscussionPanel } from '../discussion/discussion-panel';

/**
 * The project as loaded, then as each change leaves it: every event arrives over graphql-ws
 * (projectUpdated) with the project just after it, and the page shows the newest revision it has
 * seen, whether it came live or as a mutation's answer.
 */
function useLiveProject(
  id: string,
  loaded: ProjectDetails | null | undefined,
): { project: ProjectDetails | null; live: boolean; show: (p: ProjectDetails) => void } {
  const { heard, live } = useLiveRevision(ProjectUpdatedDocument, { projectId: id }, (m) => m.projectUpdated.partnershipProject, Boolean(loaded));
  const [shown, setShown] = useState<ProjectDetails | null>(null);
  const project = newestRevision(loaded, heard?.id === id ? heard : null, shown?.id === id ? shown : null);
  return { project, live, show: setShown };
}

export function ProjectPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const query = useQuery(() => request(ProjectDocument, { id }), [id]);
  const { project: p, live, show } = useLiveProject(id, query.data?.partnershipProject);
  const choices = useProjectChoices();
  if (!p) return <PendingPage title={t('projects.title')} query={query} notFound={query.data !== null && !query.data?.partnershipProject} />;
  const names = new Map(p.partners.map((partner) => [partner.organizationId, partner.organization?.name ?? '']));
  const mine = viewer ? p.partners.find((partner) => partner.organizationId === viewer.organization.id) : undefined;
  const active = p.status === 'ACTIVE';
  const isLead = active && mine?.role === 'LEAD';
  const isPartner = active && !!mine && mine.role !== 'LEAD';
  const atom = `/feeds/projects/${encodeURIComponent(p.id)}.atom`;
  const sections = { project: p, isLead, isPartner, onChanged: show };
  // Names for the history: the organisations of the platform (a removed partner is no longer in p.partners).
  const historyNames = Object.fromEntries([
    ...(choices.data?.organizations.edges.map(({ node }) => [node.id, node.name]) ?? []),
    ...p.partners.map((partner) => [partner.organizationId, partner.organization?.name ?? '']),
  ]);
  const themeLabels = new Map(choices.data?.themes.map((theme) => [theme.id, theme.label]));
  const list = (value: string, name: (item: string) => string) => value.split(', ').map(name).join(', ');
  const formatValue = (field: string, value: string) => {
    if (field === 'status') return t(`projectStatus.${value}`);
    if (field === 'visibility') return t(`projects.visibility.${value}`);
    if (field.startsWith('partner.')) return t(`partnerRole.${value}`);
    if (field.startsWith('milestone.')) return value.replace(/\d{4}-\d{2}-\d{2}/g, (date) => formatDate(date, i18n.language));
    if (field === 'startsOn' || field === 'endsOn') return formatDate(value, i18n.language);
    if (field === 'countries') return list(value, (code) => countryName(code, i18n.language));
    if (field === 'themes') return list(value, (theme) => themeLabels.get(theme) ?? theme);
    return value;
  };
  return (
    <Layout title={p.title}>
      <article className="project">
        <h1 dir="auto">{p.title}</h1>
        <p className="meta">
          <span className={`project-status project-status-${p.status.toLowerCase()}`}>{t(`projectStatus.${p.status}`)}</span>
          {p.inactive && ` · ${t('projects.inactive')}`} ·{' '}
          <Sentence
            text={t('projects.ledBy', { name: SLOT })}
            slots={[
              <OrganizationLinks key="lead" organizations={[p.partners.find((partner) => partner.organizationId === p.leadOrganizationId)?.organization]} />,
            ]}
          />
          <Countries codes={p.countries} prefix=" · " />
          {p.visibility === 'PARTNERS' && ` · ${t('projects.partnersOnly')}`}
        </p>
        <p className="meta">
          {t('projects.launchedOn', { date: formatDate(p.launchedAt, i18n.language) })}
          {p.endsOn && ` · ${t('projects.endsOn', { date: formatDate(p.endsOn, i18n.language) })}`}
          {p.endedAt && ` · ${t(p.status === 'CANCELLED' ? 'projects.cancelledOn' : 'projects.completedOn', { date: formatDate(p.endedAt, i18n.language) })}`}
        </p>
        {p.cancellationReason && (
          <p className="notice" dir="auto">
            {t('projects.cancelledBecause', { reason: p.cancellationReason })}
          </p>
        )}
        {p.summary && (
          <p className="lead" dir="auto">
            {p.summary}
          </p>
        )}
        <div className="practice-tools">
          <FollowButton targetId={p.id} />
          <a href={atom} type="application/atom+xml">
            {t('projects.atom')}
          </a>
          {p.fromCallId && <Link href={`/calls/${encodeURIComponent(p.fromCallId)}`}>{t('projects.fromCall')}</Link>}
        </div>
        {p.objectives.length > 0 && (
          <section aria-labelledby="objectives">
            <h2 id="objectives">{t('projects.objectives')}</h2>
            <ul>
              {p.objectives.map((objective) => (
                <li key={objective} dir="auto">
                  {objective}
                </li>
              ))}
            </ul>
          </section>
        )}
        <TargetsSection {...sections} />
        <PartnersSection {...sections} />
        <MilestonesSection {...sections} />
        <MetricsOverTime series={p.metricSeries} />
        {(isLead || isPartner) && <PostUpdateForm project={p} onPosted={show} />}
        <section aria-labelledby="timeline">
          <h2 id="timeline">{t('projects.updates')}</h2>
          <p className="meta">{live ? t('projects.live') : ''}</p>
          {p.updates.length === 0 && <p>{t('projects.noUpdates')}</p>}
          <ol className="timeline" aria-live="polite">
            {p.updates.map((update) => (
              <li key={update.id}>
                <p className="meta">
                  {formatDate(update.postedAt, i18n.language)}
                  {names.get(update.organizationId) && (
                    <>
                      {' · '}
                      <OrganizationLink organization={{ id: update.organizationId, name: names.get(update.organizationId) ?? '' }} />
                    </>
                  )}
                </p>
                <p dir="auto">{update.text}</p>
                {update.progress.length > 0 && (
                  <ul aria-label={t('quality.progressLegend')}>
                    {update.progress.map((reached) => {
                      const target = p.everyTarget.find((candidate) => candidate.id === reached.targetId);
                      const amount = formatNumber(reached.value, i18n.language);
                      return (
                        <li key={reached.targetId} dir="auto">
                          {target
                            ? t('quality.updateReached', { indicator: target.indicator, value: amount, unit: target.unit })
                            : `${reached.targetId}: ${amount}`}
                        </li>
                      );
                    })}
                  </ul>
                )}
                {update.metrics.length > 0 && (
                  <ul>
                    {update.metrics.map((metric) => (
                      <li key={`${metric.indicator}\u0000${metric.unit ?? ''}`} dir="auto">
                        {metric.indicator}: {formatNumber(metric.value, i18n.language)}
                        {metric.unit && ` ${metric.unit}`}
                      </li>
                    ))}
                  </ul>
                )}
                {update.videoUrl && <Video title={t('projects.videoOf', { date: formatDate(update.postedAt, i18n.language) })} url={update.videoUrl} />}
              </li>
            ))}
          </ol>
        </section>
        {isLead && <EditProjectSection project={p} onChanged={show} />}
        {isLead && <EndProjectSection project={p} onChanged={show} />}
        <ContactOwner
          subjectId={p.id}
          owners={[{ id: p.leadOrganizationId, name: p.partners.find((partner) => partner.organizationId === p.leadOrganizationId)?.organization?.name }]}
        />
        <DiscussionPanel subjectId={p.id} />
        <AggregateHistory id={p.id} names={historyNames} revision={p.revision} formatValue={formatValue} />
      </article>
    </Layout>
  );
}
