import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { PlatformStatsDocument } from '../../documents';
import { PracticesDocument } from '../practices/documents';
import { Layout } from '../../layout';
import { Link } from '../../router';
import { formatNumber, QueryState, useQuery, type QueryStatus } from '../../ui';
import { CallsDocument } from '../calls/documents';
import { ProjectsDocument } from '../projects/documents';
import { CallCard } from '../calls/call-card';
import { PracticeCard } from '../practices/practice-card';
import { ProjectCard } from '../projects/project-card';
import { RecommendedForYou } from '../recommendations/recommended-for-you';

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
              // The list below shows every ACTIVE project; the API counts those without news for a
              // year apart (inactiveProjects), so the figure is both, or it says 0 beside three.
              ['activeProjects', figures.activeProjects + figures.inactiveProjects],
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

/** A few cards of one kind (or "none"), and the link to all of them. */
function Showcase({
  id,
  title,
  query,
  empty,
  href,
  all,
  children,
}: {
  id: string;
  title: string;
  query: QueryStatus;
  empty: boolean;
  href: string;
  all: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryState loading={query.loading} error={query.error} />
      {empty && <p>{t('common.none')}</p>}
      <div className="cards">{children}</div>
      <p>
        <Link href={href}>{all}</Link>
      </p>
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
      <RecommendedForYou />
      <Figures />
      <Showcase id="latest-heading" title={t('home.latestPractices')} query={practices} empty={false} href="/practices" all={t('home.allPractices')}>
        {practices.data?.practices.edges.map(({ node }) => (
          <PracticeCard key={node.id} practice={node} />
        ))}
      </Showcase>
      <Showcase
        id="calls-heading"
        title={t('home.openCalls')}
        query={calls}
        empty={calls.data?.callsForAction.edges.length === 0}
        href="/calls"
        all={t('home.allCalls')}
      >
        {calls.data?.callsForAction.edges.map(({ node }) => (
          <CallCard key={node.id} call={node} />
        ))}
      </Showcase>
      <Showcase
        id="projects-heading"
        title={t('home.activeProjects')}
        query={projects}
        empty={projects.data?.partnershipProjects.edges.length === 0}
        href="/projects"
        all={t('home.allProjects')}
      >
        {projects.data?.partnershipProjects.edges.map(({ node }) => (
          <ProjectCard key={node.id} project={node} />
        ))}
      </Showcase>
      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading">{t('tools.homeTitle')}</h2>
        <p>{t('tools.homeText')}</p>
        <p>
          <Link href="/tools">{t('tools.homeLink')}</Link> · <Link href="/tools/profiles">{t('tools.profilesLink')}</Link>
        </p>
      </section>
    </Layout>
  );
}
