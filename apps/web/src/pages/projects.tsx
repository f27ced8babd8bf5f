import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request, subscriptions } from '../api';
import { ProjectQuery, ProjectsQuery, ProjectUpdatedSubscription, type ProjectUpdate } from '../documents';
import { Layout } from '../layout';
import { formatDate, QueryState, useQuery } from '../ui';
import { Countries, ProjectCard } from './cards';
import { FollowButton } from './practices';

export function ProjectsPage() {
  const { t } = useTranslation();
  const projects = useQuery(() => request(ProjectsQuery, { first: 50 }), []);
  return (
    <Layout title={t('projects.title')}>
      <h1>{t('projects.title')}</h1>
      <QueryState loading={projects.loading} error={projects.error} />
      <div className="cards">{projects.data?.partnershipProjects.edges.map(({ node }) => <ProjectCard key={node.id} project={node} />)}</div>
    </Layout>
  );
}

/** New updates arrive over graphql-ws (projectUpdated) and join the timeline without a reload. */
function useLiveUpdates(projectId: string, initial: ProjectUpdate[] | undefined): { updates: ProjectUpdate[]; live: boolean } {
  const [updates, setUpdates] = useState<ProjectUpdate[]>([]);
  const [live, setLive] = useState(false);
  useEffect(() => setUpdates(initial ?? []), [initial]);
  useEffect(() => {
    if (!initial) return;
    const client = subscriptions();
    const stopConnected = client.on('connected', () => setLive(true));
    const dispose = client.subscribe<{ projectUpdated: ProjectUpdate }>(
      { query: ProjectUpdatedSubscription, variables: { projectId } },
      {
        next: (message) => {
          const update = message.data?.projectUpdated;
          if (update) setUpdates((previous) => (previous.some((known) => known.id === update.id) ? previous : [update, ...previous]));
        },
        error: () => setLive(false),
        complete: () => setLive(false),
      },
    );
    return () => {
      stopConnected();
      dispose();
    };
  }, [projectId, initial]);
  return { updates, live };
}

export function ProjectPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const project = useQuery(() => request(ProjectQuery, { id }), [id]);
  const p = project.data?.partnershipProject;
  const { updates, live } = useLiveUpdates(id, p?.updates);
  if (!p) {
    return (
      <Layout title={t('projects.title')}>
        <QueryState loading={project.loading} error={project.error} />
      </Layout>
    );
  }
  const atom = `/feeds/projects/${encodeURIComponent(p.id)}.atom`;
  return (
    <Layout title={p.title}>
      <article>
        <h1>{p.title}</h1>
        <p className="meta">
          {t(`projectStatus.${p.status}`, { defaultValue: p.status })} · <Countries codes={p.countries} />
        </p>
        <p>{p.objectives}</p>
        <div className="practice-tools">
          <FollowButton targetId={p.id} following={p.viewerFollows} />
          <a href={atom} type="application/atom+xml">
            {t('projects.atom')}
          </a>
        </div>
        <section aria-labelledby="partners">
          <h2 id="partners">{t('projects.partners')}</h2>
          <ul>
            {p.partners.map((partner) => (
              <li key={partner.organization.id}>
                {partner.organization.name} ({t(`partnerRole.${partner.role}`, { defaultValue: partner.role })})
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="milestones">
          <h2 id="milestones">{t('projects.milestones')}</h2>
          <ol>
            {p.milestones.map((milestone) => (
              <li key={milestone.id}>
                {milestone.title} · {milestone.reachedOn ? t('projects.reached', { date: formatDate(milestone.reachedOn, i18n.language) }) : t('projects.planned', { date: formatDate(milestone.plannedOn, i18n.language) })}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="timeline">
          <h2 id="timeline">{t('projects.updates')}</h2>
          <p className="meta" role="status">
            {live ? t('projects.live') : ''}
          </p>
          <ol className="timeline" aria-live="polite">
            {updates.map((update) => (
              <li key={update.id}>
                <p className="meta">
                  {formatDate(update.postedAt, i18n.language)}
                  {update.author && ` · ${update.author.name}`}
                </p>
                <p>{update.text}</p>
                {update.videoUrl && <a href={update.videoUrl}>{t('projects.video')}</a>}
              </li>
            ))}
          </ol>
        </section>
      </article>
    </Layout>
  );
}
