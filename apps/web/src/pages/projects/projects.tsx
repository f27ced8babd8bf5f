import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, subscriptions } from '../../api';
import type { ProjectUpdatedSubscription } from '../../gql/graphql';
import { Layout, PendingPage } from '../../layout';
import { Link } from '../../router';
import { formatDate, formatNumber, QueryState, useQuery } from '../../ui';
import { ProjectDocument, ProjectsDocument, ProjectUpdatedDocument, type ProjectUpdateEntry } from './documents';
import { Countries } from '../../cards';
import { ProjectCard } from './project-card';
import { FollowButton } from '../../follow-button';

type Update = ProjectUpdateEntry;

export function ProjectsPage() {
  const { t } = useTranslation();
  const projects = useQuery(() => request(ProjectsDocument, { first: 50 }), []);
  return (
    <Layout title={t('projects.title')}>
      <h1>{t('projects.title')}</h1>
      <QueryState loading={projects.loading} error={projects.error} />
      <div className="cards">
        {projects.data?.partnershipProjects.edges.map(({ node }) => (
          <ProjectCard key={node.id} project={node} />
        ))}
      </div>
    </Layout>
  );
}

/** New updates arrive over graphql-ws (projectUpdated) and join the timeline, newest first, without a reload. */
function useLiveUpdates(projectId: string, initial: Update[] | undefined): { updates: Update[]; live: boolean } {
  const [updates, setUpdates] = useState<Update[]>([]);
  const [live, setLive] = useState(false);
  useEffect(() => setUpdates([...(initial ?? [])].sort((a, b) => b.postedAt.localeCompare(a.postedAt))), [initial]);
  useEffect(() => {
    if (!initial) return;
    const client = subscriptions();
    const dispose = client.subscribe<ProjectUpdatedSubscription>(
      { query: String(ProjectUpdatedDocument), variables: { projectId } },
      {
        next: (message) => {
          setLive(true);
          const update = message.data?.projectUpdated.update;
          if (update) setUpdates((previous) => (previous.some((known) => known.id === update.id) ? previous : [update, ...previous]));
        },
        error: () => setLive(false),
        complete: () => setLive(false),
      },
    );
    const stop = client.on('connected', () => setLive(true));
    return () => {
      stop();
      dispose();
    };
  }, [projectId, initial]);
  return { updates, live };
}

export function ProjectPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const project = useQuery(() => request(ProjectDocument, { id }), [id]);
  const p = project.data?.partnershipProject;
  const { updates, live } = useLiveUpdates(id, p?.updates);
  if (!p) return <PendingPage title={t('projects.title')} query={project} />;
  const names = new Map(p.partners.map((partner) => [partner.organizationId, partner.organization?.name ?? '']));
  const atom = `/feeds/projects/${encodeURIComponent(p.id)}.atom`;
  return (
    <Layout title={p.title}>
      <article>
        <h1 dir="auto">{p.title}</h1>
        <p className="meta">
          {t(`projectStatus.${p.status}`)}
          {p.inactive && ` · ${t('projects.inactive')}`} · {t('projects.ledBy', { name: names.get(p.leadOrganizationId) ?? '' })}
          <Countries codes={p.countries} prefix=" · " />
        </p>
        <p className="lead" dir="auto">
          {p.summary}
        </p>
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
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="partners">
          <h2 id="partners">{t('projects.partners')}</h2>
          <ul>
            {p.partners.map((partner) => (
              <li key={partner.organizationId}>
                {partner.organization?.name} ({t(`partnerRole.${partner.role}`)})
              </li>
            ))}
          </ul>
        </section>
        {p.milestones.length > 0 && (
          <section aria-labelledby="milestones">
            <h2 id="milestones">{t('projects.milestones')}</h2>
            <ol>
              {p.milestones.map((milestone) => (
                <li key={milestone.id}>
                  {milestone.title} ·{' '}
                  {milestone.reachedOn
                    ? t('projects.reached', { date: formatDate(milestone.reachedOn, i18n.language) })
                    : t('projects.planned', { date: formatDate(milestone.plannedOn, i18n.language) })}
                </li>
              ))}
            </ol>
          </section>
        )}
        <section aria-labelledby="timeline">
          <h2 id="timeline">{t('projects.updates')}</h2>
          <p className="meta">{live ? t('projects.live') : ''}</p>
          <ol className="timeline" aria-live="polite">
            {updates.map((update) => (
              <li key={update.id}>
                <p className="meta">
                  {formatDate(update.postedAt, i18n.language)}
                  {names.get(update.organizationId) && ` · ${names.get(update.organizationId)}`}
                </p>
                <p dir="auto">{update.text}</p>
                {update.metrics.length > 0 && (
                  <ul>
                    {update.metrics.map((metric) => (
                      <li key={metric.indicator}>
                        {metric.indicator}: {formatNumber(metric.value, i18n.language)}
                      </li>
                    ))}
                  </ul>
                )}
                {update.videoUrl && <a href={update.videoUrl}>{t('projects.video')}</a>}
              </li>
            ))}
          </ol>
        </section>
      </article>
    </Layout>
  );
}
