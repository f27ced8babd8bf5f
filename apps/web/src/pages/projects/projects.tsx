import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { allCountries } from '../../countries';
import type { PartnershipProjectsFilter, PartnershipProjectStatus, ProjectOrder, ProjectTargetStatus } from '../../gql/graphql';
import { Layout } from '../../layout';
import { Link, navigate, useLocation } from '../../router';
import { isSupportUnit, useSession } from '../../session';
import { ClearFilters, formatNumber, PagedFooter, QueryState, Select, toPage, usePagedQuery } from '../../ui';
import { ProjectsDocument } from './documents';
import { OrganizationOptions, useProjectChoices } from './project-fields';
import { ProjectCard } from './project-card';
import { PROJECT_TARGET_STATUSES } from './target-status';
import './projects.css';
export { ProjectPage } from './project-page';
export { StartProjectPage } from './project-new';

const STATUSES: PartnershipProjectStatus[] = ['ACTIVE', 'COMPLETED', 'CANCELLED'];
const ORDERS: ProjectOrder[] = ['NEWEST', 'TITLE'];
/** The list's state in its address: search, filters and sort survive a reload and can be shared. */
const PARAMS = ['q', 'status', 'targetStatus', 'theme', 'country', 'organization', 'sort'] as const;

export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const { query } = useLocation();
  const value = (name: (typeof PARAMS)[number]) => query.get(name) ?? '';
  const q = value('q');
  const filter: PartnershipProjectsFilter = {
    ...(value('status') ? { status: value('status') as PartnershipProjectStatus } : {}),
    ...(value('targetStatus') ? { targetStatus: value('targetStatus') as ProjectTargetStatus } : {}),
    ...(value('theme') ? { themes: [value('theme')] } : {}),
    ...(value('country') ? { countries: [value('country')] } : {}),
    ...(value('organization') ? { organizations: [value('organization')] } : {}),
  };
  const orderBy = (value('sort') || 'NEWEST') as ProjectOrder;
  const paged = usePagedQuery(
    async (after) => toPage((await request(ProjectsDocument, { search: q || undefined, filter, orderBy, first: 20, after })).partnershipProjects),
    [query.toString()],
  );
  const choices = useProjectChoices();
  const [text, setText] = useState(q);
  const [searched, setSearched] = useState(q);
  if (searched !== q) {
    setSearched(q);
    setText(q);
  }
  const go = (changes: Partial<Record<(typeof PARAMS)[number], string>>) => {
    const next = new URLSearchParams(query);
    for (const [name, v] of Object.entries(changes)) {
      if (v) next.set(name, v);
      else next.delete(name);
    }
    navigate(`/projects${next.toString() ? `?${next}` : ''}`, { replace: true });
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    go({ q: text.trim() });
  };
  const filtered = PARAMS.some((name) => name !== 'sort' && value(name));
  const organizations = choices.data?.organizations.edges.map((edge) => edge.node).filter((node) => node.kind !== 'SUPPORT_UNIT') ?? [];
  return (
    <Layout title={t('projects.title')}>
      <div className="projects-heading">
        <h1>{t('projects.title')}</h1>
        {viewer && !isSupportUnit(viewer) && (
          <Link href="/projects/new" className="button primary">
            {t('projects.start')}
          </Link>
        )}
      </div>
      <form role="search" onSubmit={onSearch} className="search-inline">
        <label htmlFor="project-search">{t('projects.searchLabel')}</label>
        <input id="project-search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <div className="project-filters" role="group" aria-label={t('projects.filters')}>
        <Select label={t('projects.filterStatus')} name="status" value={value('status')} onChange={(event) => go({ status: event.target.value })}>
          <option value="">{t('projects.any')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`projectStatus.${status}`)}
            </option>
          ))}
        </Select>
        <Select
          label={t('quality.filterTargetStatus')}
          name="targetStatus"
          value={value('targetStatus')}
          onChange={(event) => go({ targetStatus: event.target.value })}
        >
          <option value="">{t('projects.any')}</option>
          {PROJECT_TARGET_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`quality.status.${status}`)}
            </option>
          ))}
        </Select>
        <Select label={t('projects.filterTheme')} name="theme" value={value('theme')} onChange={(event) => go({ theme: event.target.value })}>
          <option value="">{t('projects.any')}</option>
          {choices.data?.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.label}
            </option>
          ))}
        </Select>
        <Select label={t('projects.filterCountry')} name="country" value={value('country')} onChange={(event) => go({ country: event.target.value })}>
          <option value="">{t('projects.any')}</option>
          {allCountries(i18n.language).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
        <Select
          label={t('projects.filterOrganization')}
          name="organization"
          value={value('organization')}
          onChange={(event) => go({ organization: event.target.value })}
        >
          <OrganizationOptions empty={t('projects.any')} organizations={organizations} />
        </Select>
        <Select
          label={t('projects.sort')}
          name="sort"
          value={orderBy}
          onChange={(event) => go({ sort: event.target.value === 'NEWEST' ? '' : event.target.value })}
        >
          {ORDERS.map((order) => (
            <option key={order} value={order}>
              {t(`projects.order.${order}`)}
            </option>
          ))}
        </Select>
      </div>
      <ClearFilters href="/projects" active={filtered} />
      <QueryState loading={paged.loading} error={paged.error} />
      {!paged.loading && !paged.error && (
        <p role="status" className="result-count">
          {t('projects.count', { count: formatNumber(paged.totalCount, i18n.language) })}
        </p>
      )}
      <div className="cards">
        {paged.items.map((node) => (
          <ProjectCard key={node.id} project={node} heading="h2" />
        ))}
      </div>
      <PagedFooter paged={paged} />
    </Layout>
  );
}
