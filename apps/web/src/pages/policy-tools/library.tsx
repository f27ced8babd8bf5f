import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { countryName } from '../../countries';
import { FacetPanel } from '../../facets';
import type { PolicyToolKind, PolicyToolsFilter, PolicyToolsQuery } from '../../gql/graphql';
import { Layout } from '../../layout';
import { useListAddress } from '../../list-address';
import { Link } from '../../router';
import { useSession } from '../../session';
import { ClearFilters, PagedFooter, QueryState, toPage, usePagedQuery, useQuery } from '../../ui';
import { ThemesDocument } from '../practices/documents';
import { PolicyToolsDocument } from './documents';
import { ToolCard } from './tool-card';
import './policy-tools.css';

type FacetName = 'kind' | 'country' | 'theme' | 'language';
type Facets = NonNullable<PolicyToolsQuery['policyTools']['facets']>;
const FACETS: FacetName[] = ['kind', 'country', 'theme', 'language'];
const FILTER: Record<FacetName, keyof Omit<PolicyToolsFilter, 'editable'>> = { kind: 'kinds', country: 'countries', theme: 'themes', language: 'languages' };
const PAGE = 20;

/** Theme ids named in the reader's language. */
export function useThemeNames(): Map<string, string> {
  const { i18n } = useTranslation();
  const themes = useQuery(() => request(ThemesDocument, { language: i18n.language }), [i18n.language]);
  return new Map((themes.data?.themes ?? []).map((theme) => [theme.id, theme.label]));
}

/** The library: every released tool, searched and narrowed by kind, country, theme and language. */
export function PolicyToolsPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const { query, q, text, setText, go, onSearch } = useListAddress('/tools');
  const selected = Object.fromEntries(FACETS.map((facet) => [facet, query.get(facet)])) as Record<FacetName, string | null>;
  const filter: PolicyToolsFilter = {};
  for (const facet of FACETS) {
    const value = selected[facet];
    if (!value) continue;
    if (facet === 'kind') filter.kinds = [value as PolicyToolKind];
    else filter[FILTER[facet] as 'countries' | 'themes' | 'languages'] = [value];
  }
  const [facets, setFacets] = useState<Facets | null>(null);
  const results = usePagedQuery(
    async (after) => {
      const { policyTools } = await request(PolicyToolsDocument, { search: q || undefined, filter, first: PAGE, after });
      if (!after) setFacets(policyTools.facets ?? null);
      return toPage(policyTools);
    },
    [q, JSON.stringify(filter)],
  );
  const themeNames = useThemeNames();
  const label = (facet: FacetName, value: string) =>
    facet === 'country'
      ? countryName(value, i18n.language)
      : facet === 'kind'
        ? t(`tools.kind.${value}`, { defaultValue: value })
        : facet === 'language'
          ? t(`language.${value}`, { defaultValue: value })
          : (themeNames.get(value) ?? value);
  const collator = new Intl.Collator(i18n.language);
  const entries = (facet: FacetName) =>
    facet === 'country' ? [...(facets?.country ?? [])].sort((a, b) => collator.compare(label('country', a.value), label('country', b.value))) : (facets?.[facet] ?? []);
  const filtered = Boolean(q || FACETS.some((facet) => selected[facet]));
  return (
    <Layout title={t('tools.title')}>
      <h1>{t('tools.title')}</h1>
      <p className="lead">{t('tools.intro')}</p>
      <p className="tool-links">
        <Link href="/tools/profiles">{t('tools.profilesLink')}</Link>
        {viewer && <Link href="/my/tools">{t('tools.myToolsLink')}</Link>}
      </p>
      <form role="search" onSubmit={onSearch} className="search-inline">
        <label htmlFor="tool-search">{t('tools.searchLabel')}</label>
        <input id="tool-search" name="search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <div className="list-controls">
        <ClearFilters href="/tools" active={filtered} />
      </div>
      <div className="with-sidebar">
        <FacetPanel
          idPrefix="tool"
          facets={FACETS}
          heading={(facet) => t(`tools.facet.${facet}`)}
          entries={entries}
          label={(facet, entry) => label(facet, entry.value)}
          selected={(facet) => selected[facet]}
          onToggle={(facet, value) => go({ [facet]: value })}
        />
        <section aria-labelledby="tool-results-heading" className="results">
          <h2 id="tool-results-heading">{t('search.results')}</h2>
          <QueryState loading={results.loading} error={results.error} />
          {!results.loading && !results.error && (
            <p role="status" className="result-count">
              {t('tools.count', { count: results.totalCount })}
            </p>
          )}
          <div className="cards">
            {results.items.map((node) => (
              <ToolCard key={node.id} tool={node} />
            ))}
          </div>
          <PagedFooter paged={results} />
        </section>
      </div>
    </Layout>
  );
}
