import { countryName, regionByCode, themeById } from '@pfp/taxonomy';
import type { Facets } from './search-query';

/** A facet value's English name (FacetLabelResolver names it in the reader's language); none for statuses and owners. */
export function facetLabel(facet: string, value: string): string | undefined {
  switch (facet as keyof Facets) {
    case 'theme':
    case 'gcmObjective':
      return themeById(value)?.label;
    case 'region':
      return regionByCode(value)?.name;
    case 'country':
      return countryName(value);
    case 'implementationStatus':
    case 'owner':
      return undefined; // the client labels statuses; owners are resolved as organisations
  }
  return undefined;
}

/** What a count carries besides its value and count: its facet and English label (the index adds it once per count). */
export const facetDecoration = (facet: string, value: string): { facet: string; label: string | undefined } => ({ facet, label: facetLabel(facet, value) });

/** Each count of the SQL path with its facet and English label. */
export function labelled(facets: Facets): Facets {
  for (const [facet, counts] of Object.entries(facets)) for (const count of counts) Object.assign(count, facetDecoration(facet, count.value));
  return facets;
}
