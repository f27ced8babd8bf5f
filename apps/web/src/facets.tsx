import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface FacetEntry {
  value: string;
  count: number;
  label?: string | null;
}

/**
 * A list page's facets: one section per facet that has values, each value a toggle button
 * with its count (pressed when it filters the list). On a phone the panel starts folded so
 * that the results come first on screen.
 */
export function FacetPanel<F extends string>({
  idPrefix,
  facets,
  heading,
  entries,
  label,
  selected,
  onToggle,
}: {
  /** Makes the headings' ids unique on the page. */
  idPrefix: string;
  facets: readonly F[];
  heading: (facet: F) => string;
  entries: (facet: F) => readonly FacetEntry[];
  label: (facet: F, entry: FacetEntry) => string;
  selected: (facet: F) => string | null | undefined;
  /** The facet's new value: the one pressed, or null when the pressed one is pressed again. */
  onToggle: (facet: F, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const [wide] = useState(() => window.matchMedia('(min-width: 40rem)').matches);
  return (
    <aside aria-labelledby={`${idPrefix}-facets-heading`} className="facets">
      <details open={wide}>
        <summary>
          <h2 id={`${idPrefix}-facets-heading`}>{t('search.refine')}</h2>
        </summary>
        {facets.map((facet) =>
          entries(facet).length === 0 ? null : (
            <section key={facet} aria-labelledby={`${idPrefix}-facet-${facet}`}>
              <h3 id={`${idPrefix}-facet-${facet}`}>{heading(facet)}</h3>
              <ul>
                {entries(facet).map((entry) => {
                  const active = selected(facet) === entry.value;
                  return (
                    <li key={entry.value}>
                      <button type="button" className="facet" aria-pressed={active} onClick={() => onToggle(facet, active ? null : entry.value)}>
                        {label(facet, entry)} <span className="count">({entry.count})</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ),
        )}
      </details>
    </aside>
  );
}
