import type { Language } from '../domain/practice';

/** The PostgreSQL text-search configuration of each UN language (Chinese has no stemmer: `simple`). */
export const TEXT_SEARCH_CONFIG: Record<Language, string> = {
  ar: 'arabic',
  en: 'english',
  es: 'spanish',
  fr: 'french',
  ru: 'russian',
  zh: 'simple',
};

const QUERY_CONFIGS = ['simple', ...new Set(Object.values(TEXT_SEARCH_CONFIG))].filter((c, i, all) => all.indexOf(c) === i);

/**
 * The query in every configuration a document may be indexed in, OR-ed: "unaccompanied" is
 * stemmed as English for English texts and kept as is for Chinese ones. `$n` is the search text.
 */
export function tsQuerySql(param: string): string {
  return `(${QUERY_CONFIGS.map((config) => `websearch_to_tsquery('${config}', ${param})`).join(' || ')})`;
}

export interface WeightedText {
  language: Language;
  title: string;
  summary: string;
  body: string;
}

/**
 * `setweight(to_tsvector(cfg, title), 'A') || ...` for each text, with its parameters appended
 * to `params`; `headOnly` leaves the body out (the column relevance ranks on).
 */
export function documentSql(texts: WeightedText[], params: unknown[], headOnly = false): string {
  const parts: string[] = [];
  for (const text of texts) {
    const config = TEXT_SEARCH_CONFIG[text.language] ?? 'simple';
    const weighted = [[text.title, 'A'], [text.summary, 'B'], [text.body, 'C']] as const;
    for (const [value, weight] of headOnly ? weighted.slice(0, 2) : weighted) {
      params.push(value);
      parts.push(`setweight(to_tsvector('${config}', $${params.length}::text), '${weight}')`);
    }
  }
  return parts.length > 0 ? parts.join(' || ') : `''::tsvector`;
}
