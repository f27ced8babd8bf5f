import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { Card } from '../../cards';
import { countryName } from '../../countries';
import { FacetPanel, type FacetEntry } from '../../facets';
import type { SearchFilter, SearchKind, SearchQuery } from '../../gql/graphql';
import { Layout } from '../../layout';
import { useListAddress } from '../../list-address';
import { ClearFilters, PagedFooter, QueryState, toPage, usePagedQuery } from '../../ui';
import { SearchDocument } from './documents';
import './search.css';

type Facets = SearchQuery['search']['facets'];
type Hit = SearchQuery['search']['edges'][number]['node'];
type FacetName = keyof Omit<Facets, '__typename'>;

const FACETS: FacetName[] = ['kind', 'theme', 'gcmObjective', 'sdgTarget', 'region', 'country', 'organization'];
/** Each facet's parameter in the address and the filter list it sets. */
const FILTER: Record<FacetName, keyof Omit<SearchFilter, '__typename'>> = {
  kind: 'kinds',
  theme: 'themes',
  gcmObjective: 'gcmObjectives',
  sdgTarget: 'sdgTargets',
  region: 'regions',
  country: 'countries',
  organization: 'organizations',
};
const PAGE = 20;

/** A result of any kind: its kind, its title linking to its page, its summary. */
function HitCard({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  const status =
    hit.kind === 'CALL_FOR_ACTION' ? t(`callStatus.${hit.status}`) : hit.kind === 'PARTNERSHIP_PROJECT' ? t(`projectStatus.${hit.status}`) : null;
  return (
    <Card href={hit.path} title={hit.title} titleDir="auto">
      <p className="meta">
        <span className="search-kind">{t(`searchAll.kind.${hit.kind}`)}</span>
        {status && ` · ${status}`}
      </p>
      {hit.summary && (
        <p dir="auto" className="search-summary">
          {hit.summary.length > 280 ? `${hit.summary.slice(0, 277)}…` : hit.summary}
        </p>
      )}
    </Card>
  );
}

/** One search across practices, calls for action, partnership projects and policy tools, with its facets. */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const { query, q, text, setText, go, onSearch } = useListAddress('/search');
  const selected = Object.fromEntries(FACETS.map((facet) => [facet, query.get(facet)])) as Record<FacetName, string | null>;
  const filter: SearchFilter = {};
  for (const facet of FACETS) {
    const value = selected[facet];
    if (!value) continue;
    if (facet === 'kind') filter.kinds = [value as SearchKind];
    else filter[FILTER[facet] as Exclude<keyof SearchFilter, 'kinds'>] = [value];
  }
  const [facets, setFacets] = useState<Facets | null>(null);
  const results = usePagedQuery(
    async (after) => {
      const { search } = await request(SearchDocument, { query: q || undefined, filter, first: PAGE, after, language: i18n.language });
      if (!after) setFacets(search.facets);
      return toPage(search);
    },
    [q, JSON.stringify(filter), i18n.language],
  );
  const label = (facet: FacetName, entry: FacetEntry & { organization?: { name: string } | null }): string => {
    if (facet === 'kind') return t(`searchAll.kind.${entry.value}`);
    if (facet === 'country') return countryName(entry.value, i18n.language);
    if (facet === 'organization') return entry.organization?.name ?? entry.value;
    return entry.label ?? entry.value;
  };
  const collator = new Intl.Collator(i18n.language);
  const entries = (facet: FacetName): FacetEntry[] =>
    facet === 'country'
      ? [...(facets?.country ?? [])].sort((a, b) => collator.compare(countryName(a.value, i18n.language), countryName(b.value, i18n.language)))
      : (facets?.[facet] ?? []);
  const filtered = Boolean(q || FACETS.some((facet) => selected[facet]));
  return (
    <Layout title={q ? t('searchAll.titleFor', { query: q }) : t('searchAll.title')}>
      <h1>{t('searchAll.title')}</h1>
      <form role="search" onSubmit={onSearch} className="search-inline">
        <label htmlFor="search-all">{t('searchAll.label')}</label>
        <input id="search-all" name="q" type="search" value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
        <button type="submit">{t('searchAll.submit')}</button>
      </form>
      <div className="list-controls">
        <ClearFilters href="/search" active={filtered} />
      </div>
      <div className="with-sidebar">
        <FacetPanel
          idPrefix="search"
          facets={FACETS}
          heading={(facet) => t(`searchAll.facet.${facet}`)}
          entries={entries}
          label={label}
          selected={(facet) => selected[facet]}
          onToggle={(facet, value) => go({ [facet]: value })}
        />
        <section aria-labelledby="search-results-heading" className="results">
          <h2 id="search-results-heading">{t('searchAll.results')}</h2>
          <QueryState loading={results.loading} error={results.error} />
          {!results.loading && !results.error && (
            <p role="status" className="result-count">
              {results.totalCount === 0 ? t('searchAll.none') : t('searchAll.count', { count: results.totalCount })}
            </p>
          )}
          <div className="cards">
            {results.items.map((hit) => (
              <HitCard key={hit.id} hit={hit} />
            ))}
          </div>
          <PagedFooter paged={results} />
        </section>
      </div>
    </Layout>
  );
}
