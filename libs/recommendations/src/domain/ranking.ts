/**
 * Recommendations by overlap: what an organisation works on (its focus) against what an item
 * is about, both as topics. Pure: the adapters read the topics from the read models.
 */

/** Theme ids (GFMD themes, GCM objectives, SDG targets), ISO 3166-1 alpha-3 countries, UN M49 regions. */
export interface Topics {
  themes: readonly string[];
  countries: readonly string[];
  regions: readonly string[];
}

/** Why an item is recommended: what it shares with the reader's focus. Regions only when no country is shared. */
export interface Reason {
  themes: string[];
  countries: string[];
  regions: string[];
}

export interface Ranked<T> {
  item: T;
  reason: Reason;
  score: number;
}

export const WEIGHTS = { theme: 3, country: 2, region: 1 } as const;

/** At most this many of each kind of topic make a focus: the query's arrays stay short. */
export const FOCUS_SIZE = 12;

const shared = (wanted: readonly string[], among: readonly string[]): string[] => {
  const set = new Set(among);
  return [...new Set(wanted)].filter((value) => set.has(value));
};

export function reasonFor(basis: Topics, item: Topics): Reason {
  const countries = shared(item.countries, basis.countries);
  return { themes: shared(item.themes, basis.themes), countries, regions: countries.length > 0 ? [] : shared(item.regions, basis.regions) };
}

export const scoreOf = (reason: Reason): number =>
  WEIGHTS.theme * reason.themes.length + WEIGHTS.country * reason.countries.length + (reason.regions.length > 0 ? WEIGHTS.region : 0);

/**
 * The candidates that share at least one theme with the basis, best first: by score, then in
 * the order given (the adapters give newest first); the first `first`.
 */
export function rank<T>(basis: Topics, candidates: ReadonlyArray<{ item: T; topics: Topics }>, first: number): Array<Ranked<T>> {
  return candidates
    .map(({ item, topics }, order) => {
      const reason = reasonFor(basis, topics);
      return { item, reason, score: scoreOf(reason), order };
    })
    .filter((r) => r.reason.themes.length > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, first)
    .map(({ item, reason, score }) => ({ item, reason, score }));
}

/** Values by how often they occur, most frequent first (the first seen first among equals), at most `max`. */
function mostFrequent(lists: ReadonlyArray<readonly string[]>, max: number): string[] {
  const counts = new Map<string, number>();
  for (const list of lists) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([value]) => value);
}

/**
 * What an organisation works on: the themes, countries and regions of the practices, calls and
 * projects it owns or takes part in, most frequent first, plus its own country (a state's) and
 * regions first of all. Organisations have no themes of their own: this is the only source.
 */
export function focusOf(works: readonly Topics[], own: Topics = { themes: [], countries: [], regions: [] }, max = FOCUS_SIZE): Topics {
  const pick = (key: keyof Topics) =>
    [
      ...new Set([
        ...own[key],
        ...mostFrequent(
          works.map((w) => w[key]),
          max,
        ),
      ]),
    ].slice(0, max);
  return { themes: pick('themes'), countries: pick('countries'), regions: pick('regions') };
}

/** The focus of each organisation named in `works`, in the order they are first named. */
export function focusByOrganization(works: ReadonlyArray<{ organizationId: string; topics: Topics }>): Map<string, Topics> {
  const grouped = new Map<string, Topics[]>();
  for (const { organizationId, topics } of works) grouped.set(organizationId, [...(grouped.get(organizationId) ?? []), topics]);
  return new Map([...grouped].map(([organizationId, list]) => [organizationId, focusOf(list)]));
}

/**
 * Who could replicate a practice: organisations working on its themes elsewhere. The reason
 * names the shared themes and the organisation's countries the practice is not in (at most 3);
 * a state whose own country the practice already covers is left out.
 */
export function replicators<T>(
  practice: Topics,
  candidates: ReadonlyArray<{ item: T; focus: Topics; stateCountry: string | null }>,
  first: number,
): Array<Ranked<T>> {
  const covered = new Set(practice.countries);
  return candidates
    .filter((c) => !(c.stateCountry && covered.has(c.stateCountry)))
    .map(({ item, focus }, order) => {
      const reason: Reason = {
        themes: shared(focus.themes, practice.themes),
        countries: focus.countries.filter((c) => !covered.has(c)).slice(0, 3),
        regions: [],
      };
      return { item, reason, score: WEIGHTS.theme * reason.themes.length + (reason.countries.length > 0 ? WEIGHTS.region : 0), order };
    })
    .filter((r) => r.reason.themes.length > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, first)
    .map(({ item, reason, score }) => ({ item, reason, score }));
}
