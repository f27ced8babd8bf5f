import { useTranslation } from 'react-i18next';
import { request } from '../api';
import { CallsDocument, PlatformStatsDocument, ProjectsDocument } from '../documents';
import { PracticesDocument } from '../practice-documents';
import { Layout } from '../layout';
import { Link } from '../router';
import { formatNumber, QueryState, useQuery } from '../ui';
import { CallCard, PracticeCard, ProjectCard } from './cards';

function Figures() {
  const { t, i18n } = useTranslation();
  const stats = useQuery(() => request(PlatformStatsDocument), []);
  const figures = stats.data?.platformStats;
  return (
    <section aria-labelledby="figures-heading" className="figures">
      <h2 id="figures-heading">{t('home.figures')}</h2>
      <QueryState loading={stats.loading} error={stats.error} />
      {figures && (
        <dl>
          {(
            [
              ['publishedPractices', figures.practicesPublished],
              ['sharingStates', figures.statesSharingPractices],
              ['callsForAction', figures.callsForAction],
              ['activeProjects', figures.activeProjects],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt>{t(`home.stat.${key}`)}</dt>
              <dd>{formatNumber(value, i18n.language)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const practices = useQuery(() => request(PracticesDocument, { first: 3, orderBy: 'NEWEST' }), []);
  const calls = useQuery(() => request(CallsDocument, { filter: { status: 'OPEN' }, first: 3 }), []);
  const projects = useQuery(() => request(ProjectsDocument, { filter: { status: 'ACTIVE' }, first: 3 }), []);
  return (
    <Layout title={t('nav.home')}>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <form role="search" action="/practices" className="search-inline">
          <label htmlFor="home-search">{t('search.label')}</label>
          <input id="home-search" name="q" type="search" />
          <button type="submit">{t('search.submit')}</button>
        </form>
      </section>
      <Figures />
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">{t('home.latestPractices')}</h2>
        <QueryState loading={practices.loading} error={practices.error} />
        <div className="cards">
          {practices.data?.practices.edges.map(({ node }) => <PracticeCard key={node.id} practice={node} />)}
        </div>
        <p>
          <Link href="/practices">{t('home.allPractices')}</Link>
        </p>
      </section>
      <section aria-labelledby="calls-heading">
        <h2 id="calls-heading">{t('home.openCalls')}</h2>
        <QueryState loading={calls.loading} error={calls.error} />
        {calls.data?.callsForAction.edges.length === 0 && <p>{t('common.none')}</p>}
        <div className="cards">{calls.data?.callsForAction.edges.map(({ node }) => <CallCard key={node.id} call={node} />)}</div>
        <p>
          <Link href="/calls">{t('home.allCalls')}</Link>
        </p>
      </section>
      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">{t('home.activeProjects')}</h2>
        <QueryState loading={projects.loading} error={projects.error} />
        {projects.data?.partnershipProjects.edges.length === 0 && <p>{t('common.none')}</p>}
        <div className="cards">{projects.data?.partnershipProjects.edges.map(({ node }) => <ProjectCard key={node.id} project={node} />)}</div>
        <p>
          <Link href="/projects">{t('home.allProjects')}</Link>
        </p>
      </section>
    </Layout>
  );
}
