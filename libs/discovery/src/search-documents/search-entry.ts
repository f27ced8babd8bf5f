import type { DocumentColumn } from '@pfp/event-sourcing';
import { regionCodesOfCountries } from '@pfp/taxonomy';

export const SEARCH_KINDS = ['PRACTICE', 'CALL_FOR_ACTION', 'PARTNERSHIP_PROJECT', 'POLICY_TOOL'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A text in one language, as the practices' tsvector builder reads it (`textVectorSql`); null language: `simple`. */
export interface SearchText {
  language: string | null;
  title: string;
  summary: string;
  body: string;
}

/** What search shows and filters on of one item, whatever its kind; `visible` false keeps the row out of every answer. */
export interface SearchEntry {
  visible: boolean;
  title: string;
  summary: string;
  /** The item's page on the site, from its root. */
  path: string;
  /** PUBLISHED for practices, the call's, project's status, RELEASED for tools. */
  status: string;
  texts: SearchText[];
  /** Taxonomy ids: GFMD themes, GCM objectives (gcm-) and SDG targets (sdg-). */
  themes: string[];
  countries: string[];
  organizations: string[];
  /** Null: anyone may read it; else only these organisations (a PARTNERS-only project). */
  readers: string[] | null;
  publishedAt: string | null;
}

/** The facets search counts, in the order the schema lists them. */
export const SEARCH_FACETS = ['kind', 'theme', 'gcmObjective', 'sdgTarget', 'region', 'country', 'organization'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const isGcmObjective = (theme: string): boolean => theme.startsWith('gcm-');
export const isSdgTarget = (theme: string): boolean => theme.startsWith('sdg-');

/** `facet_values` of a row: `<facet>:<value>` for each facet, and `total:`; counted in one pass over the matches. */
export function facetValuesOf(kind: SearchKind, entry: SearchEntry): string[] {
  if (!entry.visible) return [];
  const themes = entry.themes.filter((t) => !isGcmObjective(t) && !isSdgTarget(t));
  return [
    'total:',
    `kind:${kind}`,
    ...themes.map((v) => `theme:${v}`),
    ...entry.themes.filter(isGcmObjective).map((v) => `gcmObjective:${v}`),
    ...entry.themes.filter(isSdgTarget).map((v) => `sdgTarget:${v}`),
    ...regionCodesOfCountries(entry.countries).map((v) => `region:${v}`),
    ...entry.countries.map((v) => `country:${v}`),
    ...entry.organizations.map((v) => `organization:${v}`),
  ];
}

/** The row's columns from the source's document, through its entry; every kind writes the same ones. */
export function searchColumns<Doc>(kind: SearchKind, entryOf: (doc: Doc) => SearchEntry): DocumentColumn<Doc>[] {
  // each column reads the entry: computed once per document, not once per column
  const cache = new WeakMap<object, SearchEntry>();
  const entry = (doc: Doc): SearchEntry => {
    const key = doc as object;
    let found = cache.get(key);
    if (!found) cache.set(key, (found = entryOf(doc)));
    return found;
  };
  return [
    { name: 'kind', type: 'text', value: () => kind },
    { name: 'visible', type: 'boolean', value: (d) => entry(d).visible },
    { name: 'title', type: 'text', value: (d) => entry(d).title },
    { name: 'summary', type: 'text', value: (d) => entry(d).summary },
    { name: 'path', type: 'text', value: (d) => entry(d).path },
    { name: 'status', type: 'text', value: (d) => entry(d).status },
    { name: 'texts', type: 'jsonb', value: (d) => (entry(d).visible ? entry(d).texts : []) },
    { name: 'themes', type: 'text[]', value: (d) => entry(d).themes },
    { name: 'countries', type: 'text[]', value: (d) => entry(d).countries },
    { name: 'regions', type: 'text[]', value: (d) => regionCodesOfCountries(entry(d).countries) },
    { name: 'organizations', type: 'text[]', value: (d) => entry(d).organizations },
    { name: 'readers', type: 'text[]', value: (d) => entry(d).readers },
    { name: 'published_at', type: 'timestamptz', value: (d) => entry(d).publishedAt },
    { name: 'facet_values', type: 'text[]', value: (d) => facetValuesOf(kind, entry(d)) },
  ];
}
