import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { countryName } from '../../countries';
import { FacetPanel } from '../../facets';
import type { ImplementationStatus, PracticeFilter, PracticeOrder, PracticesQuery } from '../../gql/graphql';
import { Layout } from '../../layout';
import { useListAddress } from '../../list-address';
import { ClearFilters, PagedFooter, QueryState, Select, toPage, usePagedQuery } from '../../ui';
import { PracticesDocument } from './documents';
import { PracticeCard } from './practice-card';
import './practices.css';
export { PracticeFormPage } from './practice-form';
export { PracticePage } from './practice-page';

type FacetName = 'theme' | 'country' | 'region' | 'implementationStatus';
type Facets = PracticesQuery['practices']['facets'];
const FACETS: FacetName[] = ['theme', 'country', 'region', 'implementationStatus'];
const FILTER: Record<FacetName, { param: string; filter: 'themes' | 'countries' | 'regions' | 'implementationStatuses' }> = {
  theme: { param: 'theme', filter: 'themes' },
  country: { param: 'country', filter: 'countries' },
  region: { param: 'region', filter: 'regions' },
  implementationStatus: { param: 'status', filter: 'implementationStatuses' },
};
const PAGE = 20;
const ORDERS: PracticeOrder[] = ['RELEVANCE', 'NEWEST', 'TITLE'];

/** The order asked for in the URL, if the list can have it (relevance needs a search); else relevance when searching, newest when not. */
function orderOf(sort: string | null, searching: boolean): PracticeOrder {
  const asked = ORDERS.find((order) => order === sort);
  if (asked && (asked !== 'RELEVANCE' || searching)) return asked;
  return searching ? 'RELEVANCE' : 'NEWEST';
}

export function PracticesPage() {
  const { t, i18n } = useTranslation();
  const { query, q, text, setText, go, onSearch } = useListAddress('/practices');
  const orderBy = orderOf(query.get('sort'), Boolean(q));
  const selected = Object.fromEntries(FACETS.map((facet) => [facet, query.get(FILTER[facet].param)])) as Record<FacetName, string | null>;
  const filter: PracticeFilter = {};
  for (const facet of FACETS) {
    const value = selected[facet];
    if (!value) continue;
    if (facet === 'implementationStatus') filter.implementationStatuses = [value as ImplementationStatus];
    else filter[FILTER[facet].filter as 'themes' | 'countries' | 'regions'] = [value];
  }
  const [facets, setFacets] = useState<Facets | null>(null);
  const results = usePagedQuery(
    async (after) => {
      const { practices } = await request(PracticesDocument, { search: q || undefined, filter, first: PAGE, after, orderBy, language: i18n.language });
      if (!after) setFacets(practices.facets);
      return toPage(practices);
    },
    [q, orderBy, JSON.stringify(filter), i18n.language],
  );
  const facetLabel = (facet: FacetName, value: string, label?: string | null) =>
    facet === 'country'
      ? countryName(value, i18n.language)
      : facet === 'implementationStatus'
        ? t(`implementation.${value}`, { defaultValue: value })
        : (label ?? value);
  const collator = new Intl.Collator(i18n.language);
  // Countries by their name in the reader's language; the other facets most frequent first, as the API gives them.
  const entries = (facet: FacetName) =>
    facet === 'country'
      ? [...(facets?.country ?? [])].sort((a, b) => collator.compare(countryName(a.value, i18n.language), countryName(b.value, i18n.language)))
      : (facets?.[facet] ?? []);
  const filtered = Boolean(q || query.get('sort') || FACETS.some((facet) => selected[facet]));
  return (
    <Layout title={t('practices.title')}>
      <h1>{t('practices.title')}</h1>
      <form role="search" onSubmit={onSearch} className="search-inline">
        <label htmlFor="practice-search">{t('search.label')}</label>
        <input id="practice-search" name="search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <div className="list-controls">
        <Select label={t('search.sort')} name="orderBy" value={orderBy} onChange={(event) => go({ sort: event.target.value })}>
          {ORDERS.filter((order) => order !== 'RELEVANCE' || q).map((order) => (
            <option key={order} value={order}>
              {t(`search.order.${order}`)}
            </option>
          ))}
        </Select>
        <ClearFilters href="/practices" active={filtered} />
      </div>
      <div className="with-sidebar">
        <FacetPanel
          idPrefix="practice"
          facets={FACETS}
          heading={(facet) => t(`search.facet.${facet}`)}
          entries={entries}
          label={(facet, entry) => facetLabel(facet, entry.value, entry.label)}
          selected={(facet) => selected[facet]}
          onToggle={(facet, value) => go({ [FILTER[facet].param]: value })}
        />
        <section aria-labelledby="results-heading" className="results">
          <h2 id="results-heading">{t('search.results')}</h2>
          <QueryState loading={results.loading} error={results.error} />
          {!results.loading && !results.error && (
            <p role="status" className="result-count">
              {t('search.count', { count: results.totalCount })}
            </p>
          )}
          <div className="cards">
            {results.items.map((node) => (
              <PracticeCard key={node.id} practice={node} />
            ))}
          </div>
          <PagedFooter paged={results} />
        </section>
      </div>
    </Layout>
  );
}
