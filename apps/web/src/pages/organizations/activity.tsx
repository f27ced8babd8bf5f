import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { CallsForActionFilter, PartnershipProjectsFilter, PracticeFilter } from '../../gql/graphql';
import { formatNumber, PagedFooter, QueryState, toPage, usePagedQuery, type Paged } from '../../ui';
import { CallCard } from '../calls/call-card';
import { PracticeCard } from '../practices/practice-card';
import { ProjectCard } from '../projects/project-card';
import { CallsDocument } from '../calls/documents';
import { ProjectsDocument } from '../projects/documents';
import { ActivityPracticesDocument } from './documents';

/** One list of the page: its heading with the count, its cards, "Load more", or a line saying there are none. */
function Section<TNode>({
  id,
  title,
  empty,
  paged,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  paged: Paged<TNode>;
  children: (node: TNode) => ReactNode;
}) {
  const { i18n } = useTranslation();
  return (
    <section aria-labelledby={id} className="activity">
      <h2 id={id}>
        {title} {!paged.loading && !paged.error && <span className="count">({formatNumber(paged.totalCount, i18n.language)})</span>}
      </h2>
      <QueryState loading={paged.loading} error={paged.error} />
      {!paged.loading && !paged.error && paged.items.length === 0 && <p className="notice">{empty}</p>}
      {paged.items.length > 0 && <div className="cards">{paged.items.map(children)}</div>}
      <PagedFooter paged={paged} />
    </section>
  );
}

/**
 * The practices, calls for action and partnership projects of an organisation or of a country,
 * each with its own paging. `key` tells the three lists apart when the page changes subject.
 */
export function Activity({
  subject,
  practices,
  calls,
  projects,
}: {
  subject: string;
  practices: PracticeFilter;
  calls: CallsForActionFilter;
  projects: PartnershipProjectsFilter;
}) {
  const { t } = useTranslation();
  const practiceList = usePagedQuery(async (after) => toPage((await request(ActivityPracticesDocument, { filter: practices, after })).practices), [subject]);
  const callList = usePagedQuery(async (after) => toPage((await request(CallsDocument, { filter: calls, first: 10, after })).callsForAction), [subject]);
  const projectList = usePagedQuery(
    async (after) => toPage((await request(ProjectsDocument, { filter: projects, first: 10, after })).partnershipProjects),
    [subject],
  );
  return (
    <>
      <Section id="practices" title={t('organizations.practices')} empty={t('organizations.noPractices')} paged={practiceList}>
        {(practice) => <PracticeCard key={practice.id} practice={practice} />}
      </Section>
      <Section id="calls" title={t('organizations.calls')} empty={t('organizations.noCalls')} paged={callList}>
        {(call) => <CallCard key={call.id} call={call} />}
      </Section>
      <Section id="projects" title={t('organizations.projects')} empty={t('organizations.noProjects')} paged={projectList}>
        {(project) => <ProjectCard key={project.id} project={project} />}
      </Section>
    </>
  );
}
